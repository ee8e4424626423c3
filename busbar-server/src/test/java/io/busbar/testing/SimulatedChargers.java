package io.busbar.testing;

import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import org.springframework.web.client.HttpClientErrorException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Simulated chargers registered through the REST API and connected to the Busbar under test over real sockets;
 * closes them all at the end. One per test class ({@code @AfterEach close()}).
 */
public final class SimulatedChargers implements AutoCloseable {
    public static final String PASSWORD = "simulated-charger-pw-0001";
    private final int port;
    private final RestApi api;
    private final Clock clock;
    private final List<SimulatedChargePoint> connected = new ArrayList<>();

    public SimulatedChargers(int port) {
        this(port, Clock.systemUTC());
    }

    public SimulatedChargers(int port, Clock clock) {
        this.port = port;
        this.api = new RestApi(port);
        this.clock = clock;
    }

    public String url() {
        return "ws://localhost:" + port + "/ocpp";
    }

    /** Registers (if new), connects and boots the charger (Accepted), and reports EVSE 1 Available. */
    public SimulatedChargePoint booted(String identity, OcppVersion version) {
        SimulatedChargePoint charger = connected(identity, version);
        try {
            var boot = charger.boot().get(10, TimeUnit.SECONDS);
            if (!"Accepted".equals(boot.status())) {
                throw new IllegalStateException(identity + " boot was " + boot.status());
            }
            charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not boot " + identity, e);
        }
        return charger;
    }

    /** Registers (if new) and connects the charger without booting it. */
    public SimulatedChargePoint connected(String identity, OcppVersion version) {
        register(identity);
        SimulatedChargePoint charger = SimulatedChargePoint.builder(url(), identity, version)
                .password(PASSWORD).clock(clock).connect();
        connected.add(charger);
        return charger;
    }

    /** Registers the charger with {@link #PASSWORD} unless it exists. */
    public void register(String identity) {
        try {
            api.get("/api/v1/chargers/" + identity);
            return;
        } catch (HttpClientErrorException.NotFound e) {
            // not registered yet
        }
        api.post("/api/v1/chargers", Map.of("identity", identity, "password", PASSWORD));
    }

    @Override
    public void close() {
        connected.forEach(SimulatedChargePoint::close);
        connected.clear();
    }
}
