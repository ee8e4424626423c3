package io.busbar.sessions.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.SessionRef;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the readings of many messages inside the caller's transaction: each named session is locked and
 * updated once however many of the messages name it (live energy and SoC stay exact), and all samples go in
 * one multi-row INSERT.
 */
@Component
class ReadingsStore {
    private final ChargingSessions sessions;
    private final MeterReadings readings;
    private final Clock clock;

    ReadingsStore(ChargingSessions sessions, MeterReadings readings, Clock clock) {
        this.sessions = sessions;
        this.readings = readings;
        this.clock = clock;
    }

    void store(List<ReadingsMessage> messages) {
        Map<SessionKey, Optional<ChargingSession>> named = new LinkedHashMap<>();
        List<MeterReadings.Row> rows = new ArrayList<>();
        for (ReadingsMessage message : messages) {
            Optional<ChargingSession> session = message.ref() == null ? Optional.empty()
                    : named.computeIfAbsent(new SessionKey(message.charger(), message.ref()), this::lock);
            session.ifPresent(found -> found.absorb(message.readings()));
            // A ref to a session Busbar does not know is kept per charger/EVSE, as samples outside a transaction.
            message.readings().forEach(reading -> rows.add(new MeterReadings.Row(
                    session.map(ChargingSession::id).orElse(null), message.charger(), message.evseId(), reading)));
        }
        for (Optional<ChargingSession> session : named.values()) {
            session.ifPresent(found -> {
                found.touch(clock.instant());
                sessions.update(found);
            });
        }
        readings.insert(rows);
    }

    private Optional<ChargingSession> lock(SessionKey key) {
        ChargerIdentity charger = key.charger();
        return switch (key.ref()) {
            case SessionRef.ByTransactionNumber(long number) -> sessions.lockByTransactionNumber(charger, number);
            case SessionRef.ByChargerTransactionId(String id) -> sessions.lockByChargerTransactionId(charger, id);
        };
    }

    private record SessionKey(ChargerIdentity charger, SessionRef ref) {
    }
}
