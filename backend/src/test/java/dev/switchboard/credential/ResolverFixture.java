package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.secret.ResolvedSecrets;
import io.smallrye.mutiny.Uni;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A resolver over hand-written fakes: a vault, an environment and ambient chains that never touch the network. */
class ResolverFixture {

    final Map<String, String> secrets = new HashMap<>();
    final Set<String> unreadable = new HashSet<>();
    final Map<String, String> environment = new HashMap<>();
    final List<Set<String>> secretQueries = new ArrayList<>();
    Optional<Set<String>> allowed = Optional.empty();

    boolean awsChainEnabled = true;
    Optional<AwsIdentity> awsIdentity = Optional.empty();
    int awsChainCalls;

    boolean entraAvailable;
    Optional<String> entraToken = Optional.empty();
    int entraCalls;

    final ServerEnvironment serverEnvironment =
            name -> Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());

    final AwsDefaultChain awsChain = new AwsDefaultChain() {
        @Override
        public boolean enabled() {
            return awsChainEnabled;
        }

        @Override
        public boolean likelyAvailable() {
            return awsChainEnabled && awsIdentity.isPresent();
        }

        @Override
        public Uni<Optional<AwsIdentity>> resolve() {
            awsChainCalls++;
            return Uni.createFrom().item(awsIdentity);
        }
    };

    /** A fake driven by the fields above; a test may replace it with a real {@link DefaultAzureEntraId}. */
    AzureEntraId entraId = new AzureEntraId() {
        @Override
        public boolean available() {
            return entraAvailable;
        }

        @Override
        public Uni<Optional<String>> token() {
            entraCalls++;
            return Uni.createFrom().item(entraToken);
        }
    };

    CredentialResolver resolver() {
        return new CredentialResolver(ProviderCatalogue.builtIn(allowed), names -> {
            secretQueries.add(Set.copyOf(names));
            Map<String, String> values = new HashMap<>(secrets);
            values.keySet().retainAll(names);
            Set<String> broken = new HashSet<>(unreadable);
            broken.retainAll(names);
            return Uni.createFrom().item(new ResolvedSecrets(values, broken));
        }, serverEnvironment, awsChain, entraId);
    }

    ResolvedCredentials resolve(String provider, Map<String, String> credentials) {
        return resolve(provider, credentials, ConnectionOverride.none());
    }

    ResolvedCredentials resolve(String provider, Map<String, String> credentials, ConnectionOverride connection) {
        return resolver().resolve(new CredentialRequest(provider, credentials, connection)).await().indefinitely();
    }

    ProblemException problem(ProblemType expected, String provider, Map<String, String> credentials,
                             ConnectionOverride connection) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> resolve(provider, credentials, connection));
        assertEquals(expected, problem.type(), problem.detail());
        return problem;
    }

    ProblemException problem(ProblemType expected, String provider, Map<String, String> credentials) {
        return problem(expected, provider, credentials, ConnectionOverride.none());
    }
}
