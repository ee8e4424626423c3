package io.busbar.simulator.load;

import io.busbar.simulator.chargepoint.MeterReading;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.wire.CallErrorException;
import io.busbar.simulator.wire.ConnectionClosedException;
import io.busbar.simulator.wire.WebSocketConnector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A bounded OCPP load run: chargers connect at a fixed rate and BootNotification, then each sends Heartbeat and
 * MeterValues every interval (jittered) until the steady phase ends; then, optionally, each sends a bounded burst
 * of messages back-to-back (waiting for each answer, as OCPP-J requires). Every loop is bounded by count and by
 * time, and the run refuses non-loopback targets unless allowed. One virtual thread per charger.
 */
public final class LoadRun {
    private static final double JITTER = 0.2;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final LoadRunConfig config;
    private final LoadMetrics metrics = new LoadMetrics();

    public LoadRun(LoadRunConfig config) {
        this.config = config;
    }

    public LoadReport run() throws InterruptedException {
        if (!config.allowRemote()) {
            LoopbackGuard.requireLoopback(config.url());
        }
        int clients = (config.chargers() + config.chargersPerClient() - 1) / config.chargersPerClient();
        AtomicReferenceArray<SimulatedChargePoint> chargePoints = new AtomicReferenceArray<>(config.chargers());
        try (WebSocketConnector connector = new WebSocketConnector(clients, null, CONNECT_TIMEOUT)) {
            long start = System.nanoTime();
            long steadyEnd = start + config.duration().toNanos();
            List<Thread> steady = new ArrayList<>(config.chargers());
            for (int i = 0; i < config.chargers(); i++) {
                int index = i;
                steady.add(Thread.ofVirtual().name("load-" + i)
                        .start(() -> runSteady(index, connector, chargePoints, start, steadyEnd)));
            }
            joinAll(steady, steadyEnd + CONNECT_TIMEOUT.toNanos() + 2 * config.callTimeout().toNanos());
            Duration steadyElapsed = Duration.ofNanos(System.nanoTime() - start);
            long steadyMessages = metrics.answered.get();

            long burstStart = System.nanoTime();
            if (config.burstMessages() > 0) {
                long burstEnd = burstStart + config.burstTimeLimit().toNanos();
                List<Thread> burst = new ArrayList<>();
                for (int i = 0; i < config.chargers(); i++) {
                    SimulatedChargePoint cp = chargePoints.get(i);
                    if (cp != null && cp.isOnline()) {
                        burst.add(Thread.ofVirtual().name("burst-" + i).start(() -> runBurst(cp, burstEnd)));
                    }
                }
                joinAll(burst, burstEnd + 2 * config.callTimeout().toNanos());
            }
            Duration burstElapsed = Duration.ofNanos(System.nanoTime() - burstStart);
            long burstMessages = metrics.answered.get() - steadyMessages;

            for (int i = 0; i < config.chargers(); i++) {
                SimulatedChargePoint cp = chargePoints.get(i);
                if (cp != null) {
                    cp.close();
                    metrics.closed();
                }
            }
            return report(steadyElapsed, steadyMessages, config.burstMessages() > 0 ? burstElapsed : Duration.ZERO,
                    burstMessages);
        }
    }

    private void runSteady(int index, WebSocketConnector connector,
                           AtomicReferenceArray<SimulatedChargePoint> chargePoints, long start, long steadyEnd) {
        if (!sleepUntil(start + (long) (index * 1e9 / config.connectRatePerSecond())) || System.nanoTime() >= steadyEnd) {
            return; // the steady phase ended before this charger's turn to connect
        }
        SimulatedChargePoint cp;
        long connectStart = System.nanoTime();
        try {
            cp = SimulatedChargePoint.builder(config.url(), String.format("LOAD-%05d", index + 1),
                            config.protocol().versionOf(index))
                    .connector(connector)
                    .password(config.password())
                    .callTimeout(config.callTimeout())
                    .connect();
        } catch (RuntimeException e) {
            metrics.connectFailures.incrementAndGet();
            return;
        }
        metrics.recordLatency("(connect)", System.nanoTime() - connectStart);
        metrics.opened();
        chargePoints.set(index, cp);
        if (!timed(cp, "BootNotification", cp::boot)) {
            return;
        }
        AtomicLong meterWh = new AtomicLong();
        long intervalNanos = config.interval().toNanos();
        long next = System.nanoTime() + ThreadLocalRandom.current().nextLong(intervalNanos);
        long maxTicks = config.duration().toNanos() / (long) (intervalNanos * (1 - JITTER)) + 1;
        for (long tick = 0; tick < maxTicks && next < steadyEnd; tick++) {
            if (!sleepUntil(next)
                    || !timed(cp, "Heartbeat", cp::heartbeat)
                    || !timed(cp, "MeterValues", () -> meterValues(cp, meterWh))) {
                return;
            }
            next += (long) (intervalNanos * (1 + JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1)));
        }
    }

    private void runBurst(SimulatedChargePoint cp, long burstEnd) {
        AtomicLong meterWh = new AtomicLong(1_000_000);
        for (int k = 0; k < config.burstMessages() && System.nanoTime() < burstEnd; k++) {
            boolean stillConnected = config.burstAction().equals("Heartbeat")
                    ? timed(cp, "Heartbeat (burst)", cp::heartbeat)
                    : timed(cp, "MeterValues (burst)", () -> meterValues(cp, meterWh));
            if (!stillConnected) {
                return;
            }
        }
    }

    private static CompletableFuture<?> meterValues(SimulatedChargePoint cp, AtomicLong meterWh) {
        MeterReading reading = new MeterReading(Instant.now(), MeterReading.ReadingContext.SAMPLE_PERIODIC,
                meterWh.addAndGet(30), 11_000, 3, 15.9, 230, null);
        return cp.meterValues(1, null, List.of(reading));
    }

    /** Sends one CALL and records its round trip; false when the connection is gone and the charger should stop. */
    private boolean timed(SimulatedChargePoint cp, String action, Supplier<? extends CompletableFuture<?>> call) {
        long sent = System.nanoTime();
        try {
            call.get().get(config.callTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            metrics.recordLatency(action, System.nanoTime() - sent);
            metrics.answered.incrementAndGet();
            return true;
        } catch (ExecutionException e) {
            return countFailure(e.getCause());
        } catch (TimeoutException e) {
            metrics.timeouts.incrementAndGet();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            return countFailure(e);
        }
    }

    private boolean countFailure(Throwable failure) {
        switch (failure) {
            case CallErrorException error -> {
                metrics.callErrors.incrementAndGet();
                metrics.callErrorCodes.computeIfAbsent(error.error().errorCode(), c -> new AtomicLong())
                        .incrementAndGet();
                return true;
            }
            case TimeoutException timeout -> {
                metrics.timeouts.incrementAndGet();
                return true;
            }
            case ConnectionClosedException closed -> {
                metrics.disconnects.incrementAndGet();
                return false;
            }
            default -> {
                metrics.disconnects.incrementAndGet();
                return false;
            }
        }
    }

    private LoadReport report(Duration steadyElapsed, long steadyMessages, Duration burstElapsed, long burstMessages) {
        List<LoadReport.ActionLatency> latencies = metrics.latencyByAction.entrySet().stream()
                .map(e -> LoadReport.ActionLatency.of(e.getKey(), e.getValue()))
                .toList();
        java.util.Map<String, Long> codes = new java.util.TreeMap<>();
        metrics.callErrorCodes.forEach((code, count) -> codes.put(code, count.get()));
        return new LoadReport(config.url(), config.protocol().label(), config.chargers(), metrics.connected.get(),
                metrics.connectFailures.get(), metrics.peakOpen.get(), steadyElapsed, steadyMessages, burstElapsed,
                burstMessages, metrics.callErrors.get(), metrics.timeouts.get(), metrics.disconnects.get(), codes,
                latencies);
    }

    /** Waits until the given {@link System#nanoTime()}; false if interrupted. */
    private static boolean sleepUntil(long nanoTime) {
        long remaining = nanoTime - System.nanoTime();
        if (remaining <= 0) {
            return true;
        }
        try {
            Thread.sleep(Duration.ofNanos(remaining));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Joins every thread, interrupting those still running at {@code deadline} (a nanoTime). */
    private static void joinAll(List<Thread> threads, long deadline) throws InterruptedException {
        for (Thread thread : threads) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                thread.join(Duration.ofNanos(remaining));
            }
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
    }
}
