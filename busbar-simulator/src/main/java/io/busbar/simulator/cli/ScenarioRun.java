package io.busbar.simulator.cli;

import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.PluggedInEv;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.simulator.chargepoint.StopReason;
import io.busbar.simulator.load.ProtocolMix;
import io.busbar.simulator.wire.WebSocketConnector;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic traffic for demos: N chargers boot, then repeat idle → plug in a random EV → authorize → charge with
 * periodic meter values → stop → unplug, in simulated time running {@code speed} times faster than real time,
 * until the (real) duration ends. Prints a one-line summary every real minute.
 */
final class ScenarioRun {
    private static final Duration METER_INTERVAL = Duration.ofMinutes(5);
    private static final int MAX_SESSIONS_PER_CHARGER = 100_000;
    private static final SimulatedEv[] EV_MODELS = {
            new SimulatedEv(60_000, 20, 11_000, 3),  // mid-size, 11 kW AC
            new SimulatedEv(77_000, 30, 11_000, 3),
            new SimulatedEv(40_000, 15, 7_400, 1),   // compact, single phase
            new SimulatedEv(100_000, 40, 22_000, 3), // large, 22 kW AC
    };

    private final String url;
    private final ProtocolMix protocol;
    private final int chargers;
    private final Duration duration;
    private final List<String> tokens;
    private final PasswordFile passwords;
    private final ScaledClock clock;
    private final PrintStream out;
    private final AtomicInteger online = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong energyWh = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    ScenarioRun(String url, ProtocolMix protocol, int chargers, Duration duration, List<String> tokens,
                PasswordFile passwords, ScaledClock clock, PrintStream out) {
        this.url = url;
        this.protocol = protocol;
        this.chargers = chargers;
        this.duration = duration;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
        this.out = out;
    }

    /** Runs to the end of the duration; returns how many chargers ever connected. */
    int run() throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        WebSocketConnector connector = new WebSocketConnector(Math.max(1, chargers / 1000), null, Duration.ofSeconds(10));
        AtomicInteger everConnected = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < chargers; i++) {
            int index = i;
            threads.add(Thread.ofVirtual().name("sim-" + i).start(() -> runCharger(index, connector, end, everConnected)));
        }
        Thread reporter = Thread.ofVirtual().name("summary").start(() -> reportEveryMinute(end));
        for (Thread thread : threads) {
            long remaining = end - System.nanoTime() + TimeUnit.SECONDS.toNanos(70);
            thread.join(Duration.ofNanos(Math.max(1, remaining)));
            thread.interrupt();
        }
        reporter.interrupt();
        reporter.join(Duration.ofSeconds(1));
        out.println("final   " + summary());
        connector.close();
        return everConnected.get();
    }

    private void runCharger(int index, WebSocketConnector connector, long end, AtomicInteger everConnected) {
        String identity = String.format("SIM-%04d", index + 1);
        Random random = new Random(index);
        SimulatedChargePoint cp;
        try {
            cp = SimulatedChargePoint.builder(url, identity, protocol.versionOf(index))
                    .connector(connector)
                    .clock(clock)
                    .password(passwords.passwordOf(identity).orElse(null))
                    .connect();
            cp.boot().get(30, TimeUnit.SECONDS);
            cp.statusNotification(1, 1, "Available").get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            errors.incrementAndGet();
            out.println(identity + " could not connect and boot: " + rootMessage(e));
            return;
        }
        everConnected.incrementAndGet();
        online.incrementAndGet();
        try {
            for (int session = 0; session < MAX_SESSIONS_PER_CHARGER && System.nanoTime() < end; session++) {
                if (!sleepSimulated(Duration.ofMinutes(5 + random.nextInt(40)), end)) {
                    break;
                }
                chargeOnce(cp, random, session, end);
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            out.println(identity + " stopped: " + rootMessage(e));
        } finally {
            online.decrementAndGet();
            cp.close();
        }
    }

    private void chargeOnce(SimulatedChargePoint cp, Random random, int session, long end) {
        SimulatedEv model = EV_MODELS[random.nextInt(EV_MODELS.length)];
        SimulatedEv ev = model.withSoc(Math.min(90, model.socPercent() + random.nextInt(30)));
        String token = tokens.get(Math.floorMod(cp.identity().hashCode() + session, tokens.size()));
        PluggedInEv plugged = cp.plugIn(1, ev).authorize(token);
        if (!"Accepted".equals(plugged.authorizationStatus())) {
            rejected.incrementAndGet();
            plugged.unplug();
            return;
        }
        ChargingSession charging = plugged.start();
        active.incrementAndGet();
        try {
            double targetSoc = 80 + random.nextInt(21);
            Duration stay = Duration.ofMinutes(60 + random.nextInt(180));
            long steps = stay.dividedBy(METER_INTERVAL);
            for (long step = 0; step < steps && charging.ev().socPercent() < targetSoc; step++) {
                if (!sleepSimulated(METER_INTERVAL, end)) {
                    break;
                }
                charging.advance(METER_INTERVAL);
            }
            charging.stop(StopReason.LOCAL);
            completed.incrementAndGet();
            energyWh.addAndGet(charging.energyWh());
        } finally {
            active.decrementAndGet();
        }
    }

    /** Sleeps the real-time equivalent of a simulated period; false if the run ends first (or is interrupted). */
    private boolean sleepSimulated(Duration simulated, long end) {
        long wake = System.nanoTime() + clock.realTimeOf(simulated).toNanos();
        if (wake >= end) {
            return false;
        }
        try {
            Thread.sleep(clock.realTimeOf(simulated));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void reportEveryMinute(long end) {
        long start = System.nanoTime();
        for (int minute = 1; System.nanoTime() < end && minute <= duration.toMinutes() + 1; minute++) {
            long wake = start + TimeUnit.MINUTES.toNanos(minute);
            if (wake >= end) {
                return;
            }
            try {
                Thread.sleep(Duration.ofNanos(wake - System.nanoTime()));
            } catch (InterruptedException e) {
                return;
            }
            out.printf(Locale.ROOT, "minute %d %s%n", minute, summary());
        }
    }

    private String summary() {
        return String.format(Locale.ROOT,
                "[sim %s] online %d/%d, charging %d, sessions completed %d, rejected %d, energy %.1f kWh, errors %d",
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), online.get(), chargers,
                active.get(), completed.get(), rejected.get(), energyWh.get() / 1000.0, errors.get());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
