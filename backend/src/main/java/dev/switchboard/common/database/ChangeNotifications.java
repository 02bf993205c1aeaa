package dev.switchboard.common.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * One LISTEN connection for every {@link ChangeChannel} (the tables' triggers NOTIFY on them, see the
 * migrations), so that every replica drops its cached rows as soon as any writer commits a change. A
 * channel's cache is used only while this connection is subscribed; it reconnects by itself after a
 * failure.
 */
@Singleton
class ChangeNotifications {

    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    private static final long RECONNECT_DELAY_MS = 1000;

    private final List<ChangeChannel> channels;
    private PgSubscriber subscriber;

    ChangeNotifications(Instance<ChangeChannel> channels) {
        this.channels = channels.stream().toList();
    }

    void start(@Observes StartupEvent event, Vertx vertx, Config config) {
        if (channels.isEmpty()) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class));
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        // The subscriber asks its reconnect policy each time the connection is lost (attempt 0) and after
        // each failed reconnection; its close handler runs only once it gives up, which this policy never
        // does. So the policy is where the caches learn that changes are no longer heard.
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(attempt -> {
                    if (attempt == 0) {
                        LOG.warn("Lost the change notifications; cached secrets and custom providers are read "
                                + "from the database until they resume");
                    }
                    channels.forEach(ChangeChannel::disable);
                    return RECONNECT_DELAY_MS;
                });
        for (ChangeChannel channel : channels) {
            subscriber.channel(channel.channel())
                    .subscribeHandler(v -> channel.enable())
                    .handler(channel::invalidate);
        }
        subscriber.connect().onFailure(e -> LOG.warnf(
                "Cannot listen for changes (%s); secrets and custom providers are read from the database on every use",
                e.getClass().getSimpleName()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
