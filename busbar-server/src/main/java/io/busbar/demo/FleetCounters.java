package io.busbar.demo;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the simulated chargers of one fleet are doing, counted as they go; safe to read from any thread. */
final class FleetCounters {
    final AtomicInteger connectedChargers = new AtomicInteger();
    final AtomicInteger activeSessions = new AtomicInteger();
    final AtomicLong completedSessions = new AtomicLong();
    final AtomicLong refusedCards = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
}
