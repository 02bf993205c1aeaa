package dev.switchboard.secret;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Listens on PostgreSQL channel {@code switchboard_secrets} (fed by a trigger on the table, see
 * V3__secrets_notify.sql) and invalidates the {@link SecretCache} of this replica. The cache is
 * used only while this connection is subscribed; it reconnects by itself after a failure.
 */
@Singleton
class SecretChangeListener {

    static final String CHANNEL = "switchboard_secrets";
    private static final Logger LOG = Logger.getLogger(SecretChangeListener.class);

    private final SecretCache cache;
    private PgSubscriber subscriber;

    SecretChangeListener(SecretCache cache) {
        this.cache = cache;
    }

    void start(@Observes StartupEvent event, Vertx vertx, Config config) {
        PgConnectOptions options = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class));
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(attempt -> 1000L)
                .closeHandler(v -> {
                    LOG.warn("Lost the secret-change notifications; stored secrets are read from the database until they resume");
                    cache.disable();
                });
        subscriber.channel(CHANNEL)
                .subscribeHandler(v -> cache.enable())
                .handler(cache::invalidate);
        subscriber.connect().onFailure(e -> LOG.warnf(
                "Cannot listen for secret changes (%s); stored secrets are read from the database on every use",
                e.getClass().getSimpleName()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
