package dev.switchboard.customprovider;

import dev.switchboard.common.database.ChangeChannel;
import jakarta.inject.Singleton;

/**
 * Channel {@code switchboard_custom_providers} (fed by triggers on both tables, see
 * V4__custom_providers.sql): a changed provider's id, or {@code *}, drops it from this replica's cache.
 */
@Singleton
class CustomProviderChanges implements ChangeChannel {

    static final String CHANNEL = "switchboard_custom_providers";

    private final CustomProviderCache cache;

    CustomProviderChanges(CustomProviderCache cache) {
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
