package io.busbar.predictive.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.predictive.method.EvseHealth;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The live per-EVSE statistics, in memory (a few hundred bytes each). Access to one EVSE's statistics is
 * serialised on it; different EVSEs never wait for each other.
 */
@Component
class EvseHealthTracker {
    private static final int REMEMBERED_EVENTS = 4_096;
    private final Map<EvseKey, EvseHealth> health = new ConcurrentHashMap<>();
    /** Recently counted faults and boots: a redelivered event (the listeners are retried) is not counted twice. */
    private final Map<Object, Boolean> counted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
                    return size() > REMEMBERED_EVENTS;
                }
            });
    private final PredictiveProperties properties;

    EvseHealthTracker(PredictiveProperties properties) {
        this.properties = properties;
    }

    <T> T with(EvseKey evse, Function<EvseHealth, T> action) {
        EvseHealth state = health.computeIfAbsent(evse, key -> new EvseHealth(properties.settings()));
        synchronized (state) {
            return action.apply(state);
        }
    }

    /** True the first time an event (by its identity) is offered. */
    boolean firstTime(Object event) {
        return counted.putIfAbsent(event, Boolean.TRUE) == null;
    }

    /** The EVSEs of a charger seen so far (a charger-wide fault or reset counts for each). */
    List<EvseKey> evsesOf(ChargerIdentity charger) {
        return health.keySet().stream().filter(key -> key.charger().equals(charger)).sorted().toList();
    }

    record EvseKey(ChargerIdentity charger, int evseId) implements Comparable<EvseKey> {
        @Override
        public int compareTo(EvseKey other) {
            int byCharger = charger.value().compareTo(other.charger.value());
            return byCharger != 0 ? byCharger : Integer.compare(evseId, other.evseId);
        }
    }
}
