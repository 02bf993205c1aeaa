package dev.switchboard.common.database;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** A config source whose values are computed on the first read of one of its known names. */
final class LazyConfigSource implements ConfigSource {

    private final String name;
    private final int ordinal;
    private final Set<String> names;
    private final Supplier<Map<String, String>> loader;
    private volatile Map<String, String> values;

    LazyConfigSource(String name, int ordinal, List<String> names, Supplier<Map<String, String>> loader) {
        this.name = name;
        this.ordinal = ordinal;
        this.names = Set.copyOf(names);
        this.loader = loader;
    }

    /**
     * Names are not advertised: Quarkus' build reads every advertised name, and reading is what
     * starts the work. Direct look-ups (how the runtime reads these keys) still find them.
     */
    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!names.contains(propertyName)) {
            return null;
        }
        Map<String, String> loaded = values;
        if (loaded == null) {
            synchronized (this) {
                if (values == null) {
                    values = loader.get();
                }
                loaded = values;
            }
        }
        return loaded.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return ordinal;
    }
}
