package io.busbar;

import io.busbar.authorization.Authorizer;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
class ApplicationStartupTest {
    @Autowired
    JdbcClient jdbc;
    // TEMPORARY (sessions branch): the sessions module needs an Authorizer, which the authorization branch
    // provides. Remove this field when both are merged, so this test proves the real wiring.
    @MockitoBean
    Authorizer authorizer;

    @Test
    void startsOnPostgresWithMigrationsApplied() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isPositive();
    }
}
