package dev.switchboard.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** Limits on what clients send, for every endpoint. */
@ConfigMapping(prefix = "switchboard")
public interface RequestLimits {

    /**
     * The largest request body ({@code SWITCHBOARD_MAX_REQUEST_SIZE}, e.g. {@code 10M}, {@code 512K}); a
     * larger one is answered 413 payload-too-large. Also Quarkus' {@code quarkus.http.limits.max-body-size};
     * application.properties holds the default (10M) for both.
     */
    MemorySize maxRequestSize();
}
