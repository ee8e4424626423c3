package io.busbar.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test application context at a database of its own in the JVM's shared test PostgreSQL. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "busbar.database.url=" + TestDatabase.createFreshDatabase(),
                "busbar.database.user=postgres",
                "busbar.database.password=",
                "busbar.database.pool-size=5"
        ).applyTo(context);
    }
}
