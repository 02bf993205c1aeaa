package dev.switchboard.common.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseConfigSourceFactoryTest {

    private final DatabaseConfigSourceFactory factory = new DatabaseConfigSourceFactory();

    @Test
    void dbUrlConfiguresReactivePoolAndFlyway() {
        List<ConfigSource> sources = sources(Map.of(
                "DB_URL", "postgresql://db:5433/switchboard", "DB_USER", "app", "DB_PASSWORD", "pw"), "prod");

        ConfigSource source = sources.get(0);
        assertEquals("postgresql://db:5433/switchboard", source.getValue("quarkus.datasource.reactive.url"));
        assertEquals("jdbc:postgresql://db:5433/switchboard", source.getValue("quarkus.datasource.jdbc.url"));
        assertEquals("app", source.getValue("quarkus.datasource.username"));
        assertEquals("pw", source.getValue("quarkus.datasource.password"));
        assertEquals("DB_URL", source.getValue(DatabaseConfigSourceFactory.SOURCE_PROPERTY));
    }

    @Test
    void dbUrlRanksBelowEnvironmentSoQuarkusVariablesStillWin() {
        ConfigSource source = sources(Map.of("DB_URL", "postgresql://db/app"), "prod").get(0);

        assertTrue(source.getOrdinal() > 250 && source.getOrdinal() < 300);
    }

    @Test
    void explicitQuarkusDatasourceUrlIsLeftAlone() {
        assertTrue(sources(Map.of("quarkus.datasource.reactive.url", "postgresql://db/app"), "prod").isEmpty());
    }

    @Test
    void testProfileBringsItsOwnDatabase() {
        assertTrue(sources(Map.of(), "test").isEmpty());
    }

    private List<ConfigSource> sources(Map<String, String> values, String profile) {
        List<ConfigSource> result = new ArrayList<>();
        factory.getConfigSources(new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name)).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }

            @Override
            public List<String> getProfiles() {
                return List.of(profile);
            }
        }).forEach(result::add);
        return result;
    }
}
