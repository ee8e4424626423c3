package io.busbar.demo;

import io.busbar.demo.RandomVisits.Visit;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.PluggedInEv;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedChargePoint.BootResult;
import io.busbar.simulator.chargepoint.StopReason;
import io.busbar.simulator.wire.WebSocketConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The life of one demo charger on its own virtual thread: connect, boot, report EVSE 1 Available, then over and
 * over: stay idle a little, an EV plugs in, its card is authorized, it charges with a meter reading every
 * {@value #METER_INTERVAL_SECONDS} s of real time, and it stops when its driver's stay is over or its battery is
 * full. Any failure (connection refused, lost, a CALLERROR, no answer) is logged, the connection dropped and the
 * whole cycle retried after a growing pause. Ends when the {@link StopSignal} fires, first ending a running
 * session so Busbar does not keep it open.
 *
 * <p>Only the EVs' charging runs {@code speed} times faster than real time; the charger's clock is the real one,
 * so every timestamp Busbar receives is a real instant.
 */
final class SimulatedChargerRun implements Runnable {
    static final long METER_INTERVAL_SECONDS = 10;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    /** The longest real-time idle between two EVs, so that even at low speed a newcomer sees sessions soon. */
    static final Duration MAX_REAL_IDLE = Duration.ofSeconds(30);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(300);
    private static final double FULL_PERCENT = 99.5;
    private static final Logger log = LoggerFactory.getLogger(SimulatedChargerRun.class);

    private final DemoCharger charger;
    private final String csmsUrl;
    private final WebSocketConnector connector;
    private final RandomVisits visits;
    private final double speed;
    private final Clock clock;
    private final StopSignal stop;
    private final FleetCounters counters;
    private volatile SimulatedChargePoint chargePoint;
    private Duration heartbeatInterval = DEFAULT_HEARTBEAT;
    private Instant lastHeartbeat;

    SimulatedChargerRun(DemoCharger charger, String csmsUrl, WebSocketConnector connector, RandomVisits visits,
                        double speed, Clock clock, StopSignal stop, FleetCounters counters) {
        this.charger = charger;
        this.csmsUrl = csmsUrl;
        this.connector = connector;
        this.visits = visits;
        this.speed = speed;
        this.clock = clock;
        this.stop = stop;
        this.counters = counters;
    }

    @Override
    public void run() {
        MDC.put("charger", charger.identity());
        try {
            runUntilStopped();
        } finally {
            MDC.remove("charger");
        }
    }

    private void runUntilStopped() {
        Duration backoff = FIRST_BACKOFF;
        while (!stop.isStopped()) {
            boolean booted = false;
            try {
                SimulatedChargePoint connected = connectAndBoot();
                booted = true;
                counters.connectedChargers.incrementAndGet();
                backoff = FIRST_BACKOFF;
                chargeUntilStopped(connected);
            } catch (RuntimeException e) {
                if (stop.isStopped()) {
                    break;
                }
                counters.failures.incrementAndGet();
                log.warn("Demo: {} failed ({}); retrying in {} s", charger.identity(), rootMessage(e),
                        backoff.toSeconds());
            } finally {
                if (booted) {
                    counters.connectedChargers.decrementAndGet();
                }
                disconnect();
            }
            if (!stop.pause(backoff)) {
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Drops the connection now, whatever the thread is waiting for (the last resort of a fleet that stops). */
    void disconnect() {
        SimulatedChargePoint current = chargePoint;
        chargePoint = null;
        if (current != null) {
            current.close();
        }
    }

    private SimulatedChargePoint connectAndBoot() {
        SimulatedChargePoint connected = SimulatedChargePoint.builder(csmsUrl, charger.identity(), charger.version())
                .password(charger.password())
                .connector(connector)
                .clock(clock)
                .build();
        chargePoint = connected;
        connected.reconnect();
        BootResult boot = await(connected.boot());
        if (!"Accepted".equals(boot.status())) {
            throw new IllegalStateException("BootNotification answered " + boot.status());
        }
        heartbeatInterval = boot.interval().isPositive() ? boot.interval() : DEFAULT_HEARTBEAT;
        lastHeartbeat = clock.instant();
        await(connected.statusNotification(1, 1, "Available"));
        log.debug("Demo: {} booted ({})", charger.identity(), charger.version().subprotocol());
        return connected;
    }

    private void chargeUntilStopped(SimulatedChargePoint connected) {
        while (true) {
            Visit visit = visits.next();
            Duration idle = realTimeOf(visit.idle());
            if (!waitWhileOnline(connected, idle.compareTo(MAX_REAL_IDLE) > 0 ? MAX_REAL_IDLE : idle)) {
                return;
            }
            chargeOnce(connected, visit);
        }
    }

    private void chargeOnce(SimulatedChargePoint connected, Visit visit) {
        PluggedInEv plugged = connected.plugIn(1, visit.ev()).authorize(charger.card());
        if (!"Accepted".equals(plugged.authorizationStatus())) {
            counters.refusedCards.incrementAndGet();
            log.warn("Demo: {} refused card {} ({}); the EV leaves", charger.identity(), charger.card(),
                    plugged.authorizationStatus());
            plugged.unplug();
            return;
        }
        ChargingSession session = plugged.start();
        counters.activeSessions.incrementAndGet();
        try {
            log.info(String.format(Locale.ROOT, "Demo: %s started a session for %s (%d kWh battery at %d %%)",
                    charger.identity(), charger.card(), visit.ev().batteryWh() / 1000,
                    Math.round(visit.ev().socPercent())));
            Duration charged = chargeFor(connected, session, visit.stay());
            StopReason reason = stop.isStopped() ? StopReason.OTHER
                    : isFull(session) ? StopReason.EV_DISCONNECTED : StopReason.LOCAL;
            session.stop(reason);
            counters.completedSessions.incrementAndGet();
            log.info(String.format(Locale.ROOT,
                    "Demo: %s stopped the session for %s after %d simulated min (%s): %.1f kWh, battery at %d %%",
                    charger.identity(), charger.card(), charged.toMinutes(), describe(reason),
                    session.energyWh() / 1000.0, Math.round(Math.floor(session.ev().socPercent()))));
        } finally {
            counters.activeSessions.decrementAndGet();
        }
    }

    /** Advances the session in meter-interval steps until the stay is over, the EV is full or the fleet stops. */
    private Duration chargeFor(SimulatedChargePoint connected, ChargingSession session, Duration stay) {
        Duration step = Duration.ofNanos((long) (Duration.ofSeconds(METER_INTERVAL_SECONDS).toNanos() * speed));
        Duration charged = Duration.ZERO;
        while (charged.compareTo(stay) < 0 && !isFull(session)) {
            Duration remaining = stay.minus(charged);
            Duration next = remaining.compareTo(step) < 0 ? remaining : step;
            if (!stop.pause(realTimeOf(next))) {
                break;
            }
            session.advance(next);
            charged = charged.plus(next);
            keepAlive(connected);
        }
        return charged;
    }

    /** Idles, sending a Heartbeat whenever the interval Busbar asked for has passed; false if told to stop. */
    private boolean waitWhileOnline(SimulatedChargePoint connected, Duration period) {
        if (!stop.pause(period)) {
            return false;
        }
        keepAlive(connected);
        return true;
    }

    private void keepAlive(SimulatedChargePoint connected) {
        Instant now = clock.instant();
        if (!now.isBefore(lastHeartbeat.plus(heartbeatInterval))) {
            await(connected.heartbeat());
            lastHeartbeat = now;
        }
    }

    private Duration realTimeOf(Duration simulated) {
        return Duration.ofNanos((long) (simulated.toNanos() / speed));
    }

    private static boolean isFull(ChargingSession session) {
        return session.ev().socPercent() >= FULL_PERCENT;
    }

    private static String describe(StopReason reason) {
        return switch (reason) {
            case EV_DISCONNECTED -> "battery full";
            case OTHER -> "demo stopping";
            default -> "driver left";
        };
    }

    private static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + ANSWER_WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an answer", e);
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
