package io.busbar.sessions.internal;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.EndSession;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionState;
import io.busbar.sessions.StartSession;
import io.busbar.sessions.UpdateSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * One charging session and the rules for changing it. Every transition is safe to apply more than once and in
 * any order (retries, the 2.0.1 offline queue): start data fills in without resetting, an ended session never
 * becomes active again, and values derived from readings take the earliest/latest by timestamp.
 */
final class ChargingSession {
    private static final Logger log = LoggerFactory.getLogger(ChargingSession.class);
    /** More than any one session can deliver (a 1 MW charger for 10 hours): a sign of a wrong unit or a swapped meter. */
    static final long IMPLAUSIBLE_WATT_HOURS = 10_000_000;
    /** The verdict for a session that started before its token was known (OCPP 2.0.1 E03: start before authorization). */
    static final AuthorizationResult NO_TOKEN_YET = AuthorizationResult.of(AuthorizationStatus.ACCEPTED);

    private final SessionId id;
    private final long transactionNumber;
    private final ChargerIdentity charger;
    private final String chargerTransactionId;
    private Integer evseId;
    private Integer connectorId;
    private IdToken token;
    private AuthorizationResult authorization;
    private Integer reservationId;
    private SessionState state;
    private boolean startSeen;
    private Instant startedAt;
    private Instant endedAt;
    private Long meterStartWh;
    private Long meterStopWh;
    private long energyWh;
    private String chargingState;
    private Long chargingStateSeqNo;
    private String stopReason;
    private Long lastSeqNo;
    private StateOfCharge soc;
    private RegisterSpan register;
    private Instant updatedAt;

    /** All fields, as stored. */
    ChargingSession(SessionId id, long transactionNumber, ChargerIdentity charger, String chargerTransactionId,
                    Integer evseId, Integer connectorId, IdToken token, AuthorizationResult authorization,
                    Integer reservationId, SessionState state, boolean startSeen, Instant startedAt, Instant endedAt,
                    Long meterStartWh, Long meterStopWh, long energyWh, String chargingState,
                    Long chargingStateSeqNo, String stopReason, Long lastSeqNo, StateOfCharge soc,
                    RegisterSpan register, Instant updatedAt) {
        this.id = id;
        this.transactionNumber = transactionNumber;
        this.charger = charger;
        this.chargerTransactionId = chargerTransactionId;
        this.evseId = evseId;
        this.connectorId = connectorId;
        this.token = token;
        this.authorization = authorization;
        this.reservationId = reservationId;
        this.state = state;
        this.startSeen = startSeen;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.meterStartWh = meterStartWh;
        this.meterStopWh = meterStopWh;
        this.energyWh = energyWh;
        this.chargingState = chargingState;
        this.chargingStateSeqNo = chargingStateSeqNo;
        this.stopReason = stopReason;
        this.lastSeqNo = lastSeqNo;
        this.soc = soc;
        this.register = register;
        this.updatedAt = updatedAt;
    }

    /**
     * A session first seen through an event other than its start (a 2.0.1 Updated or Ended, or a Started that is
     * about to be applied). Its start time is provisional until the Started arrives.
     */
    static ChargingSession opened(SessionId id, ChargerIdentity charger, String chargerTransactionId, Integer evseId,
                                  Instant firstSeenAt, Instant now) {
        return new ChargingSession(id, 0, charger, chargerTransactionId, evseId, null, null, NO_TOKEN_YET, null,
                SessionState.ACTIVE, false, firstSeenAt, null, null, null, 0, null, null, null, null,
                StateOfCharge.UNKNOWN, RegisterSpan.EMPTY, now);
    }

    /** A session from its start message: a 1.6 StartTransaction (the number is issued when it is stored). */
    static ChargingSession started(SessionId id, StartSession command, AuthorizationResult verdict, Instant now) {
        ChargingSession session = opened(id, command.charger(), command.chargerTransactionId(), command.evseId(),
                command.startedAt(), now);
        session.applyStart(command, verdict);
        return session;
    }

    /** Fills in what a start message knows. Never resets state: the session may already have ended. */
    void applyStart(StartSession command, AuthorizationResult verdict) {
        startSeen = true;
        startedAt = command.startedAt();
        evseId = command.evseId();
        connectorId = command.connectorId();
        meterStartWh = command.meterStart() == null ? null : command.meterStart().wattHours();
        reservationId = command.reservationId();
        assignToken(command.idToken(), verdict);
        recomputeEnergy();
    }

    /**
     * A 2.0.1 Updated. Its readings count whatever its sequence number; its charging state only if no event with a
     * higher sequence number has reported one (a stale event never overwrites newer news).
     */
    void applyUpdate(UpdateSession command, AuthorizationResult verdict) {
        noteSeen(command.timestamp(), command.evseId());
        if (connectorId == null) {
            connectorId = command.connectorId();
        }
        Long seqNo = command.sequenceNumber();
        if (command.chargingState() != null
                && (seqNo == null || chargingStateSeqNo == null || seqNo >= chargingStateSeqNo)) {
            chargingState = command.chargingState();
            chargingStateSeqNo = seqNo;
        }
        noteSequenceNumber(seqNo);
        assignToken(command.idToken(), verdict);
    }

    /** @return false when the session had already ended: a repeated end changes nothing */
    boolean applyEnd(EndSession command) {
        if (state == SessionState.ENDED) {
            return false;
        }
        noteSeen(command.endedAt(), command.evseId());
        state = SessionState.ENDED;
        endedAt = command.endedAt();
        meterStopWh = command.meterStop() == null ? null : command.meterStop().wattHours();
        stopReason = command.stopReason();
        noteSequenceNumber(command.sequenceNumber());
        recomputeEnergy();
        return true;
    }

    /** Takes in readings (defaults filled in) for live energy and state of charge. */
    void absorb(List<MeterReading> readings) {
        for (MeterReading reading : readings) {
            register = register.include(reading);
            soc = soc.include(reading);
        }
        recomputeEnergy();
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    /** Only the first token counts: a session authorized once keeps its verdict (a retry must not see ConcurrentTx). */
    private void assignToken(IdToken presented, AuthorizationResult verdict) {
        if (token == null && presented != null && verdict != null) {
            token = presented;
            authorization = verdict;
        }
    }

    private void noteSeen(Instant at, Integer reportedEvse) {
        if (!startSeen && at != null && at.isBefore(startedAt)) {
            startedAt = at;
        }
        if (evseId == null) {
            evseId = reportedEvse;
        }
    }

    private void noteSequenceNumber(Long seqNo) {
        if (seqNo != null && (lastSeqNo == null || seqNo > lastSeqNo)) {
            lastSeqNo = seqNo;
        }
    }

    /** meterStop - meterStart when both are known; otherwise the register span fills the missing end(s). */
    private void recomputeEnergy() {
        BigDecimal start = meterStartWh != null ? BigDecimal.valueOf(meterStartWh) : register.firstWh();
        BigDecimal end = meterStopWh != null ? BigDecimal.valueOf(meterStopWh) : register.lastWh();
        if (start == null || end == null) {
            energyWh = 0;
            return;
        }
        long delivered = end.subtract(start).setScale(0, RoundingMode.HALF_UP).longValue();
        if (delivered < 0 || delivered > IMPLAUSIBLE_WATT_HOURS) {
            log.warn("Session {} on {}: meter readings give {} Wh, which cannot be right; energy recorded as 0",
                    id, charger, delivered);
            delivered = 0;
        }
        energyWh = delivered;
    }

    Session view() {
        return new Session(id, charger, evseId == null ? 0 : evseId, connectorId == null ? 0 : connectorId,
                token == null ? null : token.masked(), transactionNumber, chargerTransactionId, state,
                authorization.status(), startedAt, endedAt, energy(meterStartWh), energy(meterStopWh),
                Energy.ofWattHours(energyWh), chargingState, stopReason, soc.percent(), updatedAt);
    }

    private static Energy energy(Long wattHours) {
        return wattHours == null ? null : Energy.ofWattHours(wattHours);
    }

    boolean isEnded() {
        return state == SessionState.ENDED;
    }

    boolean hasToken() {
        return token != null;
    }

    SessionId id() { return id; }
    long transactionNumber() { return transactionNumber; }
    ChargerIdentity charger() { return charger; }
    String chargerTransactionId() { return chargerTransactionId; }
    Integer evseId() { return evseId; }
    Integer connectorId() { return connectorId; }
    IdToken token() { return token; }
    AuthorizationResult authorization() { return authorization; }
    Integer reservationId() { return reservationId; }
    SessionState state() { return state; }
    boolean startSeen() { return startSeen; }
    Instant startedAt() { return startedAt; }
    Instant endedAt() { return endedAt; }
    Long meterStartWh() { return meterStartWh; }
    Long meterStopWh() { return meterStopWh; }
    long energyWh() { return energyWh; }
    String chargingState() { return chargingState; }
    Long chargingStateSeqNo() { return chargingStateSeqNo; }
    String stopReason() { return stopReason; }
    Long lastSeqNo() { return lastSeqNo; }
    StateOfCharge soc() { return soc; }
    RegisterSpan register() { return register; }
    Instant updatedAt() { return updatedAt; }
}
