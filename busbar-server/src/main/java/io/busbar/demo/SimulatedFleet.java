package io.busbar.demo;

import io.busbar.simulator.wire.WebSocketConnector;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo chargers at work: one {@link SimulatedChargerRun} per charger, each on its own virtual thread,
 * connecting to {@code csmsUrl} over real WebSockets. Knows nothing of Spring, so a test can run it against any
 * OCPP server.
 */
final class SimulatedFleet {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration AFTER_DISCONNECT_WAIT = Duration.ofSeconds(2);

    private final List<DemoCharger> chargers;
    private final String csmsUrl;
    private final double speed;
    private final Duration typicalStay;
    private final Clock clock;
    private final long seed;
    private final StopSignal stopSignal = new StopSignal();
    private final FleetCounters counters = new FleetCounters();
    private final List<SimulatedChargerRun> runs = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private WebSocketConnector connector;

    /**
     * @param speed       how many times faster than real time the EVs charge
     * @param typicalStay the typical simulated session length
     * @param seed        seeds the EVs each charger sees (charger i draws from {@code seed + i})
     */
    SimulatedFleet(List<DemoCharger> chargers, String csmsUrl, double speed, Duration typicalStay, Clock clock,
                   long seed) {
        this.chargers = List.copyOf(chargers);
        this.csmsUrl = csmsUrl;
        this.speed = speed;
        this.typicalStay = typicalStay;
        this.clock = clock;
        this.seed = seed;
    }

    synchronized void start() {
        if (connector != null) {
            throw new IllegalStateException("The fleet has already started");
        }
        connector = new WebSocketConnector(1, null, CONNECT_TIMEOUT);
        for (int i = 0; i < chargers.size(); i++) {
            DemoCharger charger = chargers.get(i);
            SimulatedChargerRun run = new SimulatedChargerRun(charger, csmsUrl, connector,
                    new RandomVisits(new Random(seed + i), typicalStay), speed, clock, stopSignal, counters);
            runs.add(run);
            threads.add(Thread.ofVirtual().name("demo-" + charger.identity()).start(run));
        }
    }

    /**
     * Tells every charger to end its session and disconnect, and waits up to {@code grace} for them; chargers
     * still busy then (e.g. waiting for an answer) are disconnected and interrupted. Returns true if every
     * charger's thread has ended.
     */
    synchronized boolean stop(Duration grace) {
        stopSignal.stop();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : threads) {
            joinUntil(thread, deadline);
        }
        boolean clean = threads.stream().noneMatch(Thread::isAlive);
        if (!clean) {
            for (int i = 0; i < threads.size(); i++) {
                if (threads.get(i).isAlive()) {
                    runs.get(i).disconnect();
                    threads.get(i).interrupt();
                }
            }
            long lastDeadline = System.nanoTime() + AFTER_DISCONNECT_WAIT.toNanos();
            for (Thread thread : threads) {
                joinUntil(thread, lastDeadline);
            }
        }
        if (connector != null) {
            connector.close();
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    int chargers() {
        return chargers.size();
    }

    int connectedChargers() {
        return counters.connectedChargers.get();
    }

    int activeSessions() {
        return counters.activeSessions.get();
    }

    long completedSessions() {
        return counters.completedSessions.get();
    }

    long failures() {
        return counters.failures.get();
    }

    private static void joinUntil(Thread thread, long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            return;
        }
        try {
            thread.join(Duration.ofNanos(remaining));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
