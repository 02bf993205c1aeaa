package dev.switchboard.secret;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * TEMPORARY until the vault lands; delete at merge. Lets the application start without a
 * {@link SecretStore}: every name is simply absent.
 */
@ApplicationScoped
@DefaultBean
class EmptySecretStore implements SecretStore {

    @Override
    public Uni<ResolvedSecrets> resolve(Set<String> names) {
        return Uni.createFrom().item(ResolvedSecrets.none());
    }
}
