package dev.switchboard.common.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime choices made for the invocation path's speed are the ones in effect. */
@QuarkusTest
class RuntimeTuningTest {

    @Inject
    ValidatorFactory validation;

    @Test
    void oneEventLoopPerCoreUnlessConfigured() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, ConfigProvider.getConfig()
                .getValue(EventLoopsPerCore.KEY, Integer.class));
        assertTrue(new EventLoopsPerCore().getOrdinal() < 250, "application.properties and the environment win");
    }

    @Test
    void validationDoesNotAskJpaWhetherRequestPropertiesAreLoaded() {
        assertEquals("TraverseEverything", validation.getTraversableResolver().getClass().getSimpleName());
    }
}
