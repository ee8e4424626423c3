package io.busbar.sessions.internal;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.Authorizer;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.EndSession;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.SessionEndResult;
import io.busbar.sessions.SessionEvents.ReadingsRecorded;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionEvents.SessionStarted;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionLifecycle;
import io.busbar.sessions.SessionNotFoundException;
import io.busbar.sessions.SessionRef;
import io.busbar.sessions.SessionStartResult;
import io.busbar.sessions.StartSession;
import io.busbar.sessions.UpdateSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Turns the adapters' start/update/end/readings commands into session changes, idempotently. Each method is one
 * transaction that has committed when it returns, because the adapter's answer acknowledges the message.
 */
@Service
class SessionRecorder implements SessionLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SessionRecorder.class);

    private final ChargingSessions sessions;
    private final MeterReadings readings;
    private final ReadingsWriter readingsWriter;
    private final Authorizer authorizer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionRecorder(ChargingSessions sessions, MeterReadings readings, ReadingsWriter readingsWriter,
                    Authorizer authorizer,
                    ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.readings = readings;
        this.readingsWriter = readingsWriter;
        this.authorizer = authorizer;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SessionStartResult start(StartSession command) {
        Objects.requireNonNull(command.charger(), "charger");
        Objects.requireNonNull(command.startedAt(), "startedAt");
        if (command.evseId() < 0 || command.connectorId() < 0) {
            throw new IllegalArgumentException("EVSE and connector ids are 0 or more, not " + command.evseId()
                    + "/" + command.connectorId());
        }
        List<MeterReading> samples = completed(command.readings());
        return command.chargerTransactionId() == null ? startIssuingNumber(command, samples)
                : startChargerTransaction(command, samples);
    }

    /** OCPP 1.6 StartTransaction: Busbar issues the transaction number; a retry finds the session it created. */
    private SessionStartResult startIssuingNumber(StartSession command, List<MeterReading> samples) {
        String tokenValue = command.idToken() == null ? null : command.idToken().value();
        var known = sessions.findOcpp16Start(command.charger(), command.evseId(), command.connectorId(), tokenValue,
                command.startedAt());
        if (known.isPresent()) {
            return duplicateStart(known.get());
        }
        AuthorizationResult verdict = command.idToken() == null ? ChargingSession.NO_TOKEN_YET
                : authorizer.authorize(command.idToken(), command.charger(), command.startedAt(), true);
        ChargingSession session = ChargingSession.started(SessionId.random(), command, verdict, clock.instant());
        session.absorb(samples);
        OptionalLong number = sessions.insertIfAbsent(session);
        if (number.isEmpty()) {
            // A concurrent retry stored it first (the unique start key made this insert a no-op).
            return duplicateStart(sessions.findOcpp16Start(command.charger(), command.evseId(),
                    command.connectorId(), tokenValue, command.startedAt()).orElseThrow());
        }
        readings.insert(command.charger(), command.evseId(), session.id(), samples);
        events.publishEvent(new SessionStarted(session.id(), command.charger(), command.evseId(), command.startedAt()));
        announce(command.charger(), command.evseId(), session.id(), samples);
        log.info("Session {} started on {} EVSE {} as transaction {} ({})", session.id(), command.charger(),
                command.evseId(), number.getAsLong(), verdict.status());
        return new SessionStartResult(session.id(), number.getAsLong(), verdict, false);
    }

    /** OCPP 2.0.1 Started: may come after Updated/Ended of the same transaction; fills in, never resets. */
    private SessionStartResult startChargerTransaction(StartSession command, List<MeterReading> samples) {
        Located located = openChargerTransaction(command.charger(), command.chargerTransactionId(),
                command.startedAt(), command.evseId());
        ChargingSession session = located.session();
        if (session.startSeen()) {
            return duplicateStart(session);
        }
        session.applyStart(command, verdictForNewToken(session, command.idToken(), command.startedAt()));
        save(located, command.evseId(), samples);
        return new SessionStartResult(session.id(), session.transactionNumber(), session.authorization(), false);
    }

    private static SessionStartResult duplicateStart(ChargingSession session) {
        // The original verdict: authorizing again would find this very session and answer ConcurrentTx.
        return new SessionStartResult(session.id(), session.transactionNumber(), session.authorization(), true);
    }

    @Override
    @Transactional
    public void update(UpdateSession command) {
        Objects.requireNonNull(command.timestamp(), "timestamp");
        List<MeterReading> samples = completed(command.readings());
        Located located = locate(command.charger(), command.ref(), command.timestamp(), command.evseId());
        ChargingSession session = located.session();
        session.applyUpdate(command, verdictForNewToken(session, command.idToken(), command.timestamp()));
        save(located, command.evseId(), samples);
    }

    @Override
    @Transactional
    public SessionEndResult end(EndSession command) {
        Objects.requireNonNull(command.endedAt(), "endedAt");
        List<MeterReading> samples = completed(command.readings());
        Located located = locate(command.charger(), command.ref(), command.endedAt(), command.evseId());
        ChargingSession session = located.session();
        AuthorizationResult stopVerdict = command.stopToken() == null ? null
                : authorizer.authorize(command.stopToken(), command.charger(), command.endedAt(), false);
        if (!session.applyEnd(command)) {
            return new SessionEndResult(session.id(), stopVerdict, true);
        }
        save(located, command.evseId(), samples);
        events.publishEvent(new SessionEnded(session.id(), session.charger(), evseOf(session, command.evseId()),
                session.view().energy(), session.endedAt()));
        log.info("Session {} ended on {} ({}), {}", session.id(), session.charger(), command.stopReason(),
                session.view().energy());
        return new SessionEndResult(session.id(), stopVerdict, false);
    }

    /**
     * Group-committed with other chargers' readings by the {@link ReadingsWriter}: returns once they are committed,
     * so the adapter's answer still acknowledges stored data.
     */
    @Override
    public void recordReadings(ChargerIdentity charger, int evseId, SessionRef ref, List<MeterReading> samples) {
        Objects.requireNonNull(charger, "charger");
        List<MeterReading> completed = completed(samples);
        if (completed.isEmpty()) {
            return;
        }
        readingsWriter.write(new ReadingsMessage(charger, evseId, ref, completed));
        announce(charger, evseId, null, completed);
    }

    private void announce(ChargerIdentity charger, int evseId, SessionId session, List<MeterReading> samples) {
        if (!samples.isEmpty()) {
            events.publishEvent(new ReadingsRecorded(charger, evseId, session, samples));
        }
    }

    /** A token first seen on this session is authorized once; a session that has one keeps its verdict. */
    private AuthorizationResult verdictForNewToken(ChargingSession session, IdToken token, Instant at) {
        if (token == null || session.hasToken()) {
            return null;
        }
        return authorizer.authorize(token, session.charger(), at, !session.isEnded());
    }

    private void save(Located located, Integer reportedEvse, List<MeterReading> samples) {
        ChargingSession session = located.session();
        session.absorb(samples);
        session.touch(clock.instant());
        sessions.update(session);
        if (!located.created() && located.evseAtLoad() == null && session.evseId() != null) {
            // Samples that came before the EVSE was known were filed under EVSE 0.
            readings.assignEvse(session.id(), session.evseId());
        }
        readings.insert(session.charger(), evseOf(session, reportedEvse), session.id(), samples);
        if (located.created()) {
            events.publishEvent(new SessionStarted(session.id(), session.charger(), evseOf(session, reportedEvse),
                    session.startedAt()));
            log.info("Session {} started on {} as charger transaction {}", session.id(), session.charger(),
                    session.chargerTransactionId());
        }
        announce(session.charger(), evseOf(session, reportedEvse), session.id(), samples);
    }

    private Located locate(ChargerIdentity charger, SessionRef ref, Instant at, Integer evseId) {
        Objects.requireNonNull(charger, "charger");
        return switch (Objects.requireNonNull(ref, "ref")) {
            case SessionRef.ByTransactionNumber(long number) -> new Located(sessions
                    .lockByTransactionNumber(charger, number)
                    .orElseThrow(() -> new SessionNotFoundException("with transaction number " + number + " on " + charger)),
                    false);
            case SessionRef.ByChargerTransactionId(String id) -> openChargerTransaction(charger, id, at, evseId);
        };
    }

    /** The first message of a 2.0.1 transaction, whichever it is, creates the session; later ones find it locked. */
    private Located openChargerTransaction(ChargerIdentity charger, String chargerTransactionId, Instant at,
                                           Integer evseId) {
        var existing = sessions.lockByChargerTransactionId(charger, chargerTransactionId);
        if (existing.isPresent()) {
            return new Located(existing.get(), false);
        }
        boolean created = sessions.insertIfAbsent(ChargingSession.opened(SessionId.random(), charger,
                chargerTransactionId, evseId, at, clock.instant())).isPresent();
        return new Located(sessions.lockByChargerTransactionId(charger, chargerTransactionId).orElseThrow(), created);
    }

    private static int evseOf(ChargingSession session, Integer reported) {
        if (session.evseId() != null) {
            return session.evseId();
        }
        return reported == null ? 0 : reported;
    }

    private static List<MeterReading> completed(List<MeterReading> samples) {
        return samples == null ? List.of() : samples.stream().map(ReadingDefaults::complete).toList();
    }

    /** A session locked for change; {@code evseAtLoad} is its EVSE before this message (null: not yet known). */
    private record Located(ChargingSession session, boolean created, Integer evseAtLoad) {
        Located(ChargingSession session, boolean created) {
            this(session, created, session.evseId());
        }
    }
}
