package dev.switchboard.customprovider;

import dev.switchboard.model.Sdk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The custom-provider cache serves only while changes are heard, never stores a read that raced with a
 * change, and keeps the last provider read for a database outage until that provider changes.
 */
class CustomProviderCacheTest {

    private final CustomProviderCache cache = new CustomProviderCache();
    private final CustomProvider provider = provider(UUID.randomUUID());

    @Test
    void servesNothingUntilChangesAreHeard() {
        cache.store(cache.generation(), provider);

        assertEquals(Optional.empty(), cache.get(provider.id()));
        assertEquals(Optional.of(provider), cache.lastKnown(provider.id()));
    }

    @Test
    void servesWhatWasStoredWhileListening() {
        cache.enable();
        cache.store(cache.generation(), provider);

        assertEquals(Optional.of(provider), cache.get(provider.id()));
    }

    @Test
    void aReadThatRacedWithAChangeIsNotStored() {
        cache.enable();
        long readAt = cache.generation();
        cache.invalidate(UUID.randomUUID().toString());

        cache.store(readAt, provider);

        assertEquals(Optional.empty(), cache.get(provider.id()));
        assertEquals(Optional.empty(), cache.lastKnown(provider.id()));
    }

    @Test
    void aChangeDropsTheProviderAndItsLastKnownCopy() {
        cache.enable();
        cache.store(cache.generation(), provider);
        CustomProvider other = provider(UUID.randomUUID());
        cache.store(cache.generation(), other);

        cache.invalidate(provider.id().toString());

        assertEquals(Optional.empty(), cache.get(provider.id()));
        assertEquals(Optional.empty(), cache.lastKnown(provider.id()));
        assertEquals(Optional.of(other), cache.get(other.id()));
    }

    @Test
    void losingTheNotificationsStopsServingButKeepsTheLastKnownCopy() {
        cache.enable();
        cache.store(cache.generation(), provider);

        cache.disable();

        assertEquals(Optional.empty(), cache.get(provider.id()));
        assertEquals(Optional.of(provider), cache.lastKnown(provider.id()));
        cache.enable();
        assertEquals(Optional.empty(), cache.get(provider.id()), "changes may have been missed: start from nothing");
    }

    @Test
    void anAllChangeOrAnUnreadablePayloadDropsEverything() {
        cache.enable();
        cache.store(cache.generation(), provider);
        cache.invalidate("*");
        assertTrue(cache.lastKnown(provider.id()).isEmpty());

        cache.store(cache.generation(), provider);
        cache.invalidate("not-a-uuid");
        assertTrue(cache.get(provider.id()).isEmpty());
    }

    private static CustomProvider provider(UUID id) {
        ProviderSettings settings = new ProviderSettings(new ProviderSettings.Auth("api_key", null, null, null, null),
                "https://llm.example.com/v1", null, null, null, null, Map.of(), "responses");
        return new CustomProvider(id, "cache-" + id, "", "", Sdk.OPENAI, settings,
                Map.of(SecretField.apiKey, "sk-cache-test-0123456789"), Set.of(SecretField.apiKey), true,
                Instant.EPOCH, Instant.EPOCH);
    }
}
