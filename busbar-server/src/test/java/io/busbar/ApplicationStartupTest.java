package io.busbar;

import io.busbar.authorization.IdTokens;
import io.busbar.chargers.ChargerNotifications;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.Sites;
import io.busbar.sessions.SessionQueries;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
// Branch `api` only: the REST controllers need these domain services, whose implementations are on other
// branches. Remove this line once chargers, authorization and sessions are merged.
@MockitoBean(types = {ChargerRegistry.class, Sites.class, ChargerPresence.class, ChargerNotifications.class,
        IdTokens.class, SessionQueries.class})
class ApplicationStartupTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnPostgresWithMigrationsApplied() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isPositive();
    }
}
