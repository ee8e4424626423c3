package io.busbar.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM, and a fresh database in it for each test class (or context) that asks.
 * Started on first use and stopped when the JVM exits.
 */
public final class TestDatabase {
    private static final AtomicInteger counter = new AtomicInteger();
    private static volatile EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** Creates an empty database and returns its JDBC URL (user {@code postgres}, no password). */
    public static String createFreshDatabase() {
        EmbeddedPostgres server = server();
        String name = "busbar_test_" + counter.incrementAndGet();
        DataSource admin = server.getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        EmbeddedPostgres server = postgres;
        if (server == null) {
            synchronized (TestDatabase.class) {
                server = postgres;
                if (server == null) {
                    try {
                        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
                                .setServerConfig("fsync", "off").start();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not start the test PostgreSQL", e);
                    }
                    postgres = server;
                }
            }
        }
        return server;
    }
}
