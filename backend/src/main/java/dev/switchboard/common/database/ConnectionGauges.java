package dev.switchboard.common.database;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Leaves out the two gauges that the Vert.x PostgreSQL client's metrics register for every connection
 * it opens. All connections of a pool share one name, so every connection after the first registered
 * the same gauge again: Micrometer kept the first (bound to that one connection, which the pool may have
 * closed long ago) and warned about the rest. The timers and counters of the same metrics add up
 * across connections and stay.
 */
@Singleton
class ConnectionGauges {

    /** {@code <client>.queue.size} and {@code <client>.current}, as Quarkus names them for an SQL client. */
    static final Set<String> PER_CONNECTION = Set.of("queue.size", "current");

    @Produces
    @Singleton
    MeterFilter withoutPerConnectionGauges() {
        return MeterFilter.deny(ConnectionGauges::perConnection);
    }

    /**
     * Hibernate's database version check opens the first connection before Quarkus applies the filters,
     * and Micrometer would hand that gauge back to every later connection, filter or not: remove it.
     */
    void removeThoseRegisteredBeforeTheFilter(@Observes StartupEvent event) {
        Metrics.globalRegistry.getMeters().stream()
                .filter(meter -> perConnection(meter.getId()))
                .forEach(Metrics.globalRegistry::remove);
    }

    static boolean perConnection(Meter.Id id) {
        return id.getType() == Meter.Type.GAUGE && "sql".equals(id.getTag("clientType"))
                && PER_CONNECTION.stream().anyMatch(suffix -> id.getName().endsWith("." + suffix));
    }
}
