package io.busbar.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code bin/busbar --demo}: once Busbar is ready (so its port is known), sets up the demo depot and lets
 * {@code busbar.demo.chargers} simulated chargers, alternating OCPP 1.6 and 2.0.1, connect to this Busbar's own
 * OCPP endpoint and charge simulated EVs until shutdown. Does nothing unless {@code busbar.demo.enabled}.
 *
 * <p>Never takes Busbar down: a failed setup is logged and the demo left off; a failing charger retries on its
 * own. On shutdown the fleet stops before the web server does (a {@link SmartLifecycle} of the default, last
 * stopped phase), so the chargers end their sessions and close their sockets while Busbar still answers.
 */
@Component
public class DemoFleet implements SmartLifecycle {
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DemoFleet.class);

    private final DemoProperties properties;
    private final DemoDepot depot;
    private final DemoConsoleUser consoleUser;
    private final Clock clock;
    private final Environment environment;
    private volatile SimulatedFleet fleet;
    private volatile boolean running;

    DemoFleet(DemoProperties properties, DemoDepot depot, DemoConsoleUser consoleUser, Clock clock,
              Environment environment) {
        this.properties = properties;
        this.depot = depot;
        this.consoleUser = consoleUser;
        this.clock = clock;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        if (!properties.enabled()) {
            return;
        }
        try {
            String url = ownOcppUrl();
            launch(url);
            log.info("Demo fleet: {} chargers ({}) are charging simulated EVs. Try: curl -H 'Authorization: Bearer "
                    + "<key>' {}/api/v1/chargers", properties.chargers(), versionsOf(properties.chargers()),
                    url.replaceFirst("^ws", "http").replaceFirst("/ocpp$", ""));
        } catch (RuntimeException e) {
            log.error("Demo fleet could not start; Busbar runs on without it", e);
        }
        try {
            String password = consoleUser.renew();
            String console = ownBaseUrl() + "/console";
            // Printed (not logged through the log pipeline's files only) so a newcomer sees it in the terminal.
            System.out.println(box("Operator console: " + console,
                    "Sign in: tenant '" + DemoConsoleUser.TENANT + "', " + DemoConsoleUser.EMAIL + ", password " + password,
                    "(a new password at every demo start; the previous one no longer works)"));
        } catch (RuntimeException e) {
            log.error("Demo console account could not be set up; create a user with POST /api/v1/users", e);
        }
    }

    /** Sets up the depot and starts the chargers against {@code csmsUrl} (the OCPP base URL, without identity). */
    synchronized void launch(String csmsUrl) {
        if (fleet != null) {
            throw new IllegalStateException("The demo fleet is already running");
        }
        List<DemoCharger> chargers = depot.provision(properties.chargers());
        SimulatedFleet started = new SimulatedFleet(chargers, csmsUrl, properties.speed(),
                Duration.ofMinutes(properties.sessionMinutes()), clock, ThreadLocalRandom.current().nextLong());
        started.start();
        fleet = started;
    }

    /** Stops the chargers (bounded by {@link #STOP_GRACE} plus a short wait); true if all their threads ended. */
    synchronized boolean halt() {
        SimulatedFleet current = fleet;
        fleet = null;
        if (current == null) {
            return true;
        }
        boolean clean = current.stop(STOP_GRACE);
        log.info("Demo fleet stopped after {} sessions{}", current.completedSessions(),
                clean ? "" : " (some chargers did not end in time)");
        return clean;
    }

    /** Sessions charging right now; 0 when the demo is off. */
    public int activeSessions() {
        SimulatedFleet current = fleet;
        return current == null ? 0 : current.activeSessions();
    }

    /** Sessions that ended since the fleet started. */
    public long completedSessions() {
        SimulatedFleet current = fleet;
        return current == null ? 0 : current.completedSessions();
    }

    /** Chargers connected and booted right now. */
    public int connectedChargers() {
        SimulatedFleet current = fleet;
        return current == null ? 0 : current.connectedChargers();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        halt();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** ws://localhost:PORT[/context-path]/ocpp, or the configured server.address instead of localhost. */
    private String ownOcppUrl() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("Busbar has no web server port (local.server.port is not set)");
        }
        if (!environment.getProperty("server.ssl.key-store", "").isBlank()
                && environment.getProperty("server.ssl.enabled", Boolean.class, true)) {
            // The simulated chargers would have to trust the operator's certificate: keep the demo to plain ws://.
            throw new IllegalStateException("the demo fleet connects over plain ws:// and does not run with server.ssl");
        }
        String address = environment.getProperty("server.address", "");
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost"
                : address.contains(":") ? "[" + address + "]" : address;
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/$", "");
        return "ws://" + host + ":" + port + contextPath + "/ocpp";
    }

    private String ownBaseUrl() {
        String port = environment.getProperty("local.server.port", "8080");
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/$", "");
        return "http://localhost:" + port + contextPath;
    }

    static String box(String... lines) {
        int width = java.util.Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder("+").append("-".repeat(width + 2)).append("+\n");
        for (String line : lines) {
            text.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |\n");
        }
        return text.append("+").append("-".repeat(width + 2)).append("+").toString();
    }

    /** The first demo charger speaks 1.6, the second 2.0.1, and so on. */
    static String versionsOf(int chargers) {
        return chargers == 1 ? "1.6" : "1.6 and 2.0.1";
    }
}
