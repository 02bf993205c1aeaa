package dev.switchboard.secret;

import dev.switchboard.common.database.ChangeChannel;
import jakarta.inject.Singleton;

/**
 * Channel {@code switchboard_secrets} (fed by a trigger on the table, see V3__secrets_notify.sql):
 * the key of a changed secret, or {@code *}, invalidates the {@link SecretCache} of this replica.
 */
@Singleton
class SecretChanges implements ChangeChannel {

    static final String CHANNEL = "switchboard_secrets";

    private final SecretCache cache;

    SecretChanges(SecretCache cache) {
        this.cache = cache;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void listening() {
        cache.enable();
    }

    @Override
    public void changed(String payload) {
        cache.invalidate(payload);
    }

    @Override
    public void deaf() {
        cache.disable();
    }
}
