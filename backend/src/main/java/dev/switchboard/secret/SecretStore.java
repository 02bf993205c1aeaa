package dev.switchboard.secret;

import io.smallrye.mutiny.Uni;

import java.util.Set;

/** What the credential resolver needs of the vault: plaintext values for a set of names, in one query. */
public interface SecretStore {

    /**
     * Looks the names up; a name with no row is absent from both parts of the result, a row no
     * configured key can decrypt is reported in {@link ResolvedSecrets#unreadable()}.
     */
    Uni<ResolvedSecrets> resolve(Set<String> names);
}
