package io.busbar.simulator.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters and latency histograms shared by all chargers of a load run. Thread-safe. */
final class LoadMetrics {
    final Map<String, LatencyHistogram> latencyByAction = new ConcurrentSkipListMap<>();
    final AtomicInteger connected = new AtomicInteger();
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger peakOpen = new AtomicInteger();
    final AtomicInteger connectFailures = new AtomicInteger();
    final AtomicLong answered = new AtomicLong();
    final AtomicLong callErrors = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong disconnects = new AtomicLong();
    final Map<String, AtomicLong> callErrorCodes = new ConcurrentHashMap<>();

    void recordLatency(String action, long nanos) {
        latencyByAction.computeIfAbsent(action, a -> new LatencyHistogram()).record(nanos / 1_000);
    }

    void opened() {
        connected.incrementAndGet();
        peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    }

    void closed() {
        open.decrementAndGet();
    }
}
