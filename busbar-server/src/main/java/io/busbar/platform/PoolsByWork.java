package io.busbar.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import java.util.Map;

/**
 * Two connection pools behind one DataSource: background work ({@link BackgroundWork}: event listeners) takes its
 * connections from its own pool, everything else (chargers' messages, the API, periodic jobs) from the main one.
 * In a boot storm each connect and boot leaves several listener transactions behind; sharing one pool, hundreds of
 * them queued ahead of the next charger's connect and BootNotification (thread dumps: ~700 listener threads in
 * HikariPool.getConnection), so boots waited seconds for work nobody was waiting for.
 */
final class PoolsByWork extends AbstractRoutingDataSource implements AutoCloseable {
    private static final String BACKGROUND = "background";
    private final HikariDataSource main;
    private final HikariDataSource background;
    private final AutoCloseable afterPools;

    /** @param afterPools closed after both pools (e.g. the embedded server they point at) */
    PoolsByWork(HikariDataSource main, HikariDataSource background, AutoCloseable afterPools) {
        this.main = main;
        this.background = background;
        this.afterPools = afterPools;
        setDefaultTargetDataSource(main);
        setTargetDataSources(Map.of(BACKGROUND, background));
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return BackgroundWork.running() ? BACKGROUND : null;
    }

    @Override
    public void close() throws Exception {
        try {
            background.close();
            main.close();
        } finally {
            afterPools.close();
        }
    }
}
