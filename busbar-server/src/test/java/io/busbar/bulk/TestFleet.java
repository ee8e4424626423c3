package io.busbar.bulk;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.RegisterCharger;
import io.busbar.chargers.SiteId;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Many simulated chargers for one test class: registered through the chargers module's API (no password, no
 * HTTP round trip per charger), connected and booted in parallel by a bounded pool, all closed at the end.
 */
final class TestFleet implements AutoCloseable {
    private static final int PARALLEL_CONNECTS = 16;
    private final String url;
    private final ChargerRegistry registry;
    private final Map<String, SimulatedChargePoint> connected = new ConcurrentHashMap<>();

    TestFleet(int port, ChargerRegistry registry) {
        this.url = "ws://localhost:" + port + "/ocpp";
        this.registry = registry;
    }

    /** {@code PREFIX-0001} ... : the identities of a numbered fleet. */
    static List<String> identities(String prefix, int count) {
        List<String> identities = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            identities.add("%s-%04d".formatted(prefix, i));
        }
        return identities;
    }

    void register(List<String> identities, SiteId site) {
        identities.forEach(identity -> registry.register(new RegisterCharger(new ChargerIdentity(identity), null,
                site, null)));
    }

    /**
     * Connects and boots the chargers in parallel, alternating 1.6 and 2.0.1; {@code setUp} runs on each before it
     * connects (e.g. to install call handlers).
     */
    List<SimulatedChargePoint> connect(List<String> identities, Consumer<SimulatedChargePoint> setUp) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CONNECTS);
        try {
            List<Future<SimulatedChargePoint>> futures = new ArrayList<>();
            for (int i = 0; i < identities.size(); i++) {
                String identity = identities.get(i);
                OcppVersion version = i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201;
                futures.add(pool.submit(() -> connect(identity, version, setUp)));
            }
            List<SimulatedChargePoint> chargers = new ArrayList<>();
            for (Future<SimulatedChargePoint> future : futures) {
                chargers.add(future.get(60, TimeUnit.SECONDS));
            }
            return chargers;
        } finally {
            pool.shutdownNow();
        }
    }

    SimulatedChargePoint get(String identity) {
        return connected.get(identity);
    }

    private SimulatedChargePoint connect(String identity, OcppVersion version, Consumer<SimulatedChargePoint> setUp)
            throws Exception {
        SimulatedChargePoint charger = SimulatedChargePoint.builder(url, identity, version).build();
        setUp.accept(charger);
        connected.put(identity, charger);
        charger.reconnect();
        String status = charger.boot().get(20, TimeUnit.SECONDS).status();
        if (!"Accepted".equals(status)) {
            throw new IllegalStateException(identity + " boot was " + status);
        }
        return charger;
    }

    @Override
    public void close() {
        connected.values().forEach(SimulatedChargePoint::close);
        connected.clear();
    }
}
