package dev.switchboard.common.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells the person who started the server where to point the browser. */
@Singleton
class ReadyLog {

    private static final Logger LOG = Logger.getLogger(ReadyLog.class);

    /** Runs after the other start-up observers, so it is the last line of the start-up log. */
    void onStart(@Observes @Priority(5000) StartupEvent event, @ConfigProperty(name = "quarkus.http.port") int port) {
        if (LaunchMode.current() != LaunchMode.TEST) {
            LOG.infof("Switchboard is ready: open http://localhost:%d/", port);
        }
    }
}
