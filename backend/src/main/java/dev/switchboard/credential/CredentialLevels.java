package dev.switchboard.credential;

import dev.switchboard.model.CredentialSource;
import dev.switchboard.secret.ResolvedSecrets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three explicit places a credential can be, in precedence order: the request, the vault, the
 * server environment. An unreadable stored secret stops the search with a problem rather than
 * quietly letting the environment win.
 */
final class CredentialLevels {

    static final List<CredentialSource> ORDER =
            List.of(CredentialSource.REQUEST, CredentialSource.SECRET, CredentialSource.ENVIRONMENT);

    /** A value, the name it was found under and where. */
    record Found(String name, String value, CredentialSource source) {

        @Override
        public String toString() {
            return "Found[name=" + name + ", source=" + source + "]";
        }
    }

    private final Map<String, String> request;
    private final ResolvedSecrets secrets;
    private final ServerEnvironment environment;

    CredentialLevels(Map<String, String> request, ResolvedSecrets secrets, ServerEnvironment environment) {
        this.request = request;
        this.secrets = secrets;
        this.environment = environment;
    }

    /** The value of {@code name} at one level. */
    Optional<String> at(CredentialSource level, String name) {
        return switch (level) {
            case REQUEST -> nonBlank(request.get(name));
            case SECRET -> {
                if (secrets.unreadable().contains(name)) {
                    throw CredentialProblems.unreadable(name);
                }
                yield nonBlank(secrets.values().get(name));
            }
            case ENVIRONMENT -> environment.get(name);
            default -> Optional.empty();
        };
    }

    /** The first value at the highest level, trying the names in order at each level (so fallbacks never outrank a level). */
    Optional<Found> first(List<String> names) {
        for (CredentialSource level : ORDER) {
            for (String name : names) {
                Optional<String> value = at(level, name);
                if (value.isPresent()) {
                    return Optional.of(new Found(name, value.get(), level));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
