package io.busbar.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where Busbar keeps its data. With no {@code url}, Busbar runs a real embedded PostgreSQL whose files live
 * under {@code dataDir} and survive restarts (ADR 0002).
 *
 * @param url      JDBC URL of an external PostgreSQL ({@code BUSBAR_DATABASE_URL}); blank for embedded
 * @param user     user name for the external database
 * @param password password for the external database; never logged
 * @param dataDir  directory of the embedded database ({@code BUSBAR_DATABASE_DATA_DIR}, default {@code ./data})
 * @param poolSize JDBC connections; virtual threads queue on the pool rather than on OS threads
 * @param backgroundPoolSize JDBC connections of asynchronous work (event listeners), a pool of its own so that a
 *                 listener backlog never makes chargers wait ({@code BUSBAR_DATABASE_BACKGROUND_POOL_SIZE}, default 8;
 *                 opened on demand, closed when idle)
 */
@ConfigurationProperties("busbar.database")
public record DatabaseProperties(String url, String user, String password, Path dataDir, Integer poolSize,
                                 Integer backgroundPoolSize) {

    public DatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        poolSize = poolSize == null ? 20 : poolSize;
        backgroundPoolSize = backgroundPoolSize == null ? 8 : backgroundPoolSize;
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
