package io.busbar.predictive.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.predictive.method.EvseHealth;
import io.busbar.predictive.method.EvseHealthFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The live per-EVSE statistics, in memory (a few hundred bytes each). Access to one EVSE's statistics is
 * serialised on it; different EVSEs never wait for each other. The states stored in evse_health are read back once
 * all beans exist, before the web server and the OCPP endpoint accept anything (so before the first reading and
 * the first assessment); from then on the readings' thread never does I/O here.
 */
@Component
class EvseHealthTracker implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(EvseHealthTracker.class);
    private static final int REMEMBERED_EVENTS = 4_096;
    private final Map<EvseKey, EvseHealth> health = new ConcurrentHashMap<>();
    /** The EVSEs of each charger: a boot asks for them, and scanning every EVSE per boot was quadratic in a storm. */
    private final Map<ChargerIdentity, Set<Integer>> evsesByCharger = new ConcurrentHashMap<>();
    /** Recently counted faults and boots: a redelivered event (the listeners are retried) is not counted twice. */
    private final Map<Object, Boolean> counted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
                    return size() > REMEMBERED_EVENTS;
                }
            });
    private final PredictiveProperties properties;
    private final HealthStates states;

    EvseHealthTracker(PredictiveProperties properties, HealthStates states) {
        this.properties = properties;
        this.states = states;
    }

    @Override
    public void afterSingletonsInstantiated() {
        restore();
    }

    /** Reads every stored state back; one this version cannot read is left out (that EVSE relearns). */
    void restore() {
        int restored = 0;
        for (HealthStates.Stored stored : states.all()) {
            try {
                EvseHealth state = EvseHealthFormat.read(stored.state(), properties.settings());
                if (health.putIfAbsent(stored.evse(), state) == null) {
                    indexed(stored.evse());
                    restored++;
                }
            } catch (EvseHealthFormat.Unreadable e) {
                log.warn("Predictive state of {} EVSE {} ignored, the EVSE relearns its baseline: {}",
                        stored.evse().charger(), stored.evse().evseId(), e.getMessage());
            }
        }
        log.info("Predictive maintenance restored the learned state of {} EVSEs", restored);
    }

    /** Forgets what the EVSE learned: it starts a new baseline with its next sessions. */
    void forget(EvseKey evse) {
        health.put(evse, new EvseHealth(properties.settings()));
        indexed(evse);
    }

    <T> T with(EvseKey evse, Function<EvseHealth, T> action) {
        EvseHealth state = health.computeIfAbsent(evse, key -> {
            indexed(key);
            return new EvseHealth(properties.settings());
        });
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
        return evsesByCharger.getOrDefault(charger, Set.of()).stream().sorted()
                .map(evseId -> new EvseKey(charger, evseId)).toList();
    }

    /** Whether any EVSE of the charger is tracked (cheap enough to ask while a boot is being recorded). */
    public boolean tracks(ChargerIdentity charger) {
        return evsesByCharger.containsKey(charger);
    }

    private void indexed(EvseKey evse) {
        evsesByCharger.computeIfAbsent(evse.charger(), charger -> ConcurrentHashMap.newKeySet()).add(evse.evseId());
    }

    record EvseKey(ChargerIdentity charger, int evseId) implements Comparable<EvseKey> {
        @Override
        public int compareTo(EvseKey other) {
            int byCharger = charger.value().compareTo(other.charger.value());
            return byCharger != 0 ? byCharger : Integer.compare(evseId, other.evseId);
        }
    }
}
