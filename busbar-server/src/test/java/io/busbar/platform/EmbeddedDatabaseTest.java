package io.busbar.platform;

import io.busbar.BusbarApplication;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.RegisterCharger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run: no database URL configured, so Busbar starts its own PostgreSQL with the files under the
 * data directory, durable (fsync and synchronous commit on), and what it stored is still there after a restart
 * (ADR 0002).
 */
class EmbeddedDatabaseTest {

    @Test
    void withoutADatabaseUrlBusbarRunsItsOwnPostgresAndKeepsDataAcrossRestarts(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).as("fsync").isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            first.getBean(ChargerRegistry.class).register(
                    new RegisterCharger(new ChargerIdentity("PERSISTED-01"), null, null, "kept across restarts"));
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getBean(ChargerRegistry.class).find(new ChargerIdentity("PERSISTED-01")))
                    .hasValueSatisfying(charger -> assertThat(charger.label()).isEqualTo("kept across restarts"));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(BusbarApplication.class).run(
                "--server.port=0",
                "--busbar.database.url=",
                "--busbar.database.data-dir=" + dataDir,
                "--busbar.api.admin-api-key=embedded-test-key-0123456789",
                "--logging.level.root=WARN");
    }
}
