package dev.switchboard.secret;

import java.util.Map;
import java.util.Set;

/** Decrypted values by secret name, and the names whose stored value could not be decrypted. */
public record ResolvedSecrets(Map<String, String> values, Set<String> unreadable) {

    public ResolvedSecrets {
        values = Map.copyOf(values);
        unreadable = Set.copyOf(unreadable);
    }

    public static ResolvedSecrets none() {
        return new ResolvedSecrets(Map.of(), Set.of());
    }
}
