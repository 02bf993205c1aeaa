package dev.switchboard.common.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.net.URI;

/** Says in one line which database this process uses, without credentials. */
@Singleton
class DatabaseStartupLog {

    private static final Logger LOG = Logger.getLogger(DatabaseStartupLog.class);

    void onStart(@Observes StartupEvent event, Config config) {
        String url = config.getOptionalValue("quarkus.datasource.reactive.url", String.class).orElse("(none)");
        String source = config.getOptionalValue(DatabaseConfigSourceFactory.SOURCE_PROPERTY, String.class)
                .orElse("quarkus.datasource.reactive.url");
        if ("embedded".equals(source)) {
            String dir = config.getValue(DatabaseConfigSourceFactory.EMBEDDED_DIR_PROPERTY, String.class);
            LOG.infof("Database: embedded PostgreSQL at %s, data in %s (set DB_URL to use your own server)",
                    withoutCredentials(url), dir);
        } else {
            LOG.infof("Database: PostgreSQL at %s (from %s)", withoutCredentials(url), source);
        }
    }

    static String withoutCredentials(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() == null) {
                return url;
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (Exception e) {
            return "(unparseable URL)";
        }
    }
}
