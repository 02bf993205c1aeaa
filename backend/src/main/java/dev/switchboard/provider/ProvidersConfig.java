package dev.switchboard.provider;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;
import java.util.Set;

/** Which built-in providers this server offers. */
@ConfigMapping(prefix = "switchboard.providers")
interface ProvidersConfig {

    /**
     * Provider keys offered (comma-separated, case-insensitive), from SWITCHBOARD_ALLOWED_PROVIDERS;
     * unset means all. Others are hidden from the catalogue and refused at invocation.
     */
    Optional<Set<String>> allowed();
}
