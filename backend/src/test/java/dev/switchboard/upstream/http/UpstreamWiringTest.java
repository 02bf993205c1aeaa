package dev.switchboard.upstream.http;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The beans and configuration defaults as the application gets them. */
@QuarkusTest
class UpstreamWiringTest {

    @Inject
    UpstreamConfig config;

    @Inject
    UpstreamHttp http;

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
        assertEquals(Duration.ofSeconds(60), config.idleTimeout());
        assertEquals(Duration.ofMinutes(10), config.overallTimeout());
        assertEquals(1024 * 1024, config.maxEventSize().asLongValue());
        assertEquals(64 * 1024, config.maxErrorBodySize().asLongValue());
        assertEquals(4096, config.maxPoolSize());
    }

    @Test
    void oneSharedClientWithSafeOptions() {
        var options = UpstreamClients.options(config);

        assertNotNull(http);
        assertFalse(options.isTrustAll());
        assertTrue(options.isVerifyHost());
        assertFalse(options.isPipelining());
        assertTrue(options.isKeepAlive());
        assertTrue(options.isTryUseCompression());
        assertEquals(10_000, options.getConnectTimeout());
    }
}
