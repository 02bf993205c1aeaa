package dev.switchboard.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what clients send, for every endpoint. */
@ConfigMapping(prefix = "switchboard")
public interface RequestLimits {

    /**
     * The largest request body ({@code SWITCHBOARD_MAX_REQUEST_SIZE}, e.g. {@code 10M}, {@code 512K}); a
     * larger one is answered 413 payload-too-large. Also Quarkus' {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("10M")
    MemorySize maxRequestSize();
}
