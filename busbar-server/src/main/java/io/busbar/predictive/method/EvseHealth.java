package io.busbar.predictive.method;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The per-EVSE statistics, updated incrementally from the meter stream and the fault history. A few hundred bytes
 * whatever the stream's length: running sums for the session in progress, one estimate per finished session in
 * two small windows, fault counts per day, the latest session endings as bits. Not thread-safe: the caller
 * serialises access per EVSE. No clock: time is the readings' and events' own.
 */
public final class EvseHealth {
    static final int PHASES = 3;
    /** A session seen under load before its start event named it. */
    private static final String UNNAMED = "\u0000unnamed";

    final PredictiveSettings settings;
    final SessionSeries thermal;
    final SessionSeries[] sag = new SessionSeries[PHASES];
    final FaultCounts faults;
    final SessionEndings endings;

    // no-load references seen outside or at the start of sessions
    private double idleTemperature = Double.NaN;
    private Instant idleTemperatureAt;
    private final double[] idleVoltage = {Double.NaN, Double.NaN, Double.NaN};
    private final Instant[] idleVoltageAt = new Instant[PHASES];

    // the session in progress
    private String session;
    private Instant sessionFirstSample;
    private double temperatureReference = Double.NaN;
    private boolean referenceFromThisSession;
    private final double[] voltageReference = new double[PHASES];
    private double riseTimesSquare;
    private double fourthPowers;
    private int thermalSamples;
    private final double[] dropTimesCurrent = new double[PHASES];
    private final double[] squares = new double[PHASES];
    private final int[] sagSamples = new int[PHASES];
    private String lastEndedSession;
    private Instant lastEvent;

    public EvseHealth(PredictiveSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.thermal = new SessionSeries(settings.baselineSessions(), settings.recentSessions());
        for (int phase = 0; phase < PHASES; phase++) {
            sag[phase] = new SessionSeries(settings.baselineSessions(), settings.recentSessions());
        }
        this.faults = new FaultCounts(settings.faultBucket(), settings.historyBuckets());
        this.endings = new SessionEndings(settings.outcomeWindow());
    }

    /**
     * Samples of one meter-values message. {@code session} is null when the readings do not name their session
     * (e.g. 1.6 MeterValues): samples under load then belong to the session in progress, or open one that the
     * next {@link #sessionStarted} names.
     */
    public void observe(String session, List<Measurement> measurements) {
        Map<Instant, Snapshot> byTime = new TreeMap<>();
        for (Measurement measurement : measurements) {
            byTime.computeIfAbsent(measurement.at(), Snapshot::new).add(measurement);
        }
        byTime.values().forEach(snapshot -> observe(session, snapshot));
    }

    /** A session began (its events may come after its first readings). */
    public void sessionStarted(String sessionKey, Instant at) {
        Objects.requireNonNull(sessionKey, "sessionKey");
        if (sessionKey.equals(session) || sessionKey.equals(lastEndedSession)) {
            return;
        }
        if (UNNAMED.equals(session)) {
            session = sessionKey;
        } else {
            begin(sessionKey, at);
        }
    }

    private void observe(String sessionKey, Snapshot sample) {
        seen(sample.at);
        if (sessionKey != null && !sessionKey.equals(session) && !sessionKey.equals(lastEndedSession)) {
            sessionStarted(sessionKey, sample.at);
        }
        boolean inSession = session != null && (sessionKey == null || sessionKey.equals(session));
        if (!inSession && sessionKey == null && sample.maxCurrent() >= settings.idleCurrentA()) {
            begin(UNNAMED, sample.at);
            inSession = true;
        }
        if (inSession && sessionFirstSample == null) {
            sessionFirstSample = sample.at;
        }
        observeTemperature(sample, inSession);
        for (int phase = 0; phase < PHASES; phase++) {
            observeVoltage(sample, phase, inSession);
        }
    }

    private void observeTemperature(Snapshot sample, boolean inSession) {
        double current = sample.maxCurrent();
        if (Double.isNaN(sample.temperature) || Double.isNaN(current)) {
            return;
        }
        if (current < settings.idleCurrentA()) {
            idleTemperature = sample.temperature;
            idleTemperatureAt = sample.at;
            if (inSession) {
                // the session's own no-load reading beats one from before it; after that, a pause cools the
                // contact towards ambient, so the lowest no-load value is the best ambient we have
                temperatureReference = Double.isNaN(temperatureReference) || !referenceFromThisSession
                        ? sample.temperature : Math.min(temperatureReference, sample.temperature);
                referenceFromThisSession = true;
            }
            return;
        }
        if (!inSession) {
            return;
        }
        if (Double.isNaN(temperatureReference)) {
            // first loaded sample without a fresh no-load reading: the contact has barely warmed yet
            temperatureReference = sample.temperature;
            referenceFromThisSession = true;
        }
        boolean warm = !sample.at.isBefore(sessionFirstSample.plus(settings.warmUp()));
        if (warm && current >= settings.minCurrentA()) {
            double square = current * current;
            // least squares through the origin of rise = R·I²: weights the high-current samples, where the rise
            // stands clear of the sensor's noise
            riseTimesSquare += (sample.temperature - temperatureReference) * square;
            fourthPowers += square * square;
            thermalSamples++;
        }
    }

    private void observeVoltage(Snapshot sample, int phase, boolean inSession) {
        double voltage = sample.voltage[phase];
        double current = sample.current(phase);
        if (Double.isNaN(voltage) || Double.isNaN(current)) {
            return;
        }
        if (current < settings.idleCurrentA()) {
            idleVoltage[phase] = voltage;
            idleVoltageAt[phase] = sample.at;
            if (inSession) {
                voltageReference[phase] = voltage; // the latest no-load voltage follows the grid's own drift
            }
            return;
        }
        if (inSession && !Double.isNaN(voltageReference[phase]) && current >= settings.minCurrentA()) {
            dropTimesCurrent[phase] += (voltageReference[phase] - voltage) * current;
            squares[phase] += current * current;
            sagSamples[phase]++;
        }
    }

    private void begin(String sessionKey, Instant at) {
        session = sessionKey;
        sessionFirstSample = null;
        temperatureReference = fresh(idleTemperatureAt, at) ? idleTemperature : Double.NaN;
        referenceFromThisSession = false;
        riseTimesSquare = 0;
        fourthPowers = 0;
        thermalSamples = 0;
        for (int phase = 0; phase < PHASES; phase++) {
            voltageReference[phase] = fresh(idleVoltageAt[phase], at) ? idleVoltage[phase] : Double.NaN;
            dropTimesCurrent[phase] = 0;
            squares[phase] = 0;
            sagSamples[phase] = 0;
        }
    }

    private boolean fresh(Instant referenceAt, Instant at) {
        return referenceAt != null && !referenceAt.isBefore(at.minus(settings.referenceMaxAge()));
    }

    /**
     * A session ended; {@code abnormal} when the EVSE stopped it or it ended with a fault.
     *
     * @return false when this session's end was already counted (events may be delivered again)
     */
    public boolean sessionEnded(String sessionKey, Instant at, boolean abnormal) {
        Objects.requireNonNull(sessionKey, "sessionKey");
        if (sessionKey.equals(lastEndedSession)) {
            return false;
        }
        seen(at);
        lastEndedSession = sessionKey;
        if (sessionKey.equals(session) || UNNAMED.equals(session)) {
            if (thermalSamples >= 3 && fourthPowers > 0) {
                thermal.add(riseTimesSquare / fourthPowers);
            }
            for (int phase = 0; phase < PHASES; phase++) {
                if (sagSamples[phase] >= 3) {
                    sag[phase].add(dropTimesCurrent[phase] / squares[phase]);
                }
            }
            session = null;
        }
        endings.add(abnormal);
        return true;
    }

    /** A fault on this EVSE (or its whole charger), or a reset of its charger. */
    public void faultOrReset(Instant at) {
        seen(at);
        faults.add(at);
    }

    /** The risk now ({@code at}: the time of the assessment, normally the latest event's). */
    public Assessment assess(Instant at) {
        return RiskScoring.assess(this, at);
    }

    public Instant lastEvent() {
        return lastEvent;
    }

    private void seen(Instant at) {
        faults.seen(at);
        if (lastEvent == null || at.isAfter(lastEvent)) {
            lastEvent = at;
        }
    }

    /**
     * Format 1 (see {@link EvseHealthFormat}): the no-load references, the session in progress (its running sums),
     * the last ended session (so a redelivered end stays counted once), then the windows of every signal.
     */
    void writeTo(DataOutput out) throws IOException {
        out.writeDouble(idleTemperature);
        EvseHealthFormat.writeInstant(out, idleTemperatureAt);
        for (int phase = 0; phase < PHASES; phase++) {
            out.writeDouble(idleVoltage[phase]);
            EvseHealthFormat.writeInstant(out, idleVoltageAt[phase]);
        }
        EvseHealthFormat.writeString(out, session);
        EvseHealthFormat.writeInstant(out, sessionFirstSample);
        out.writeDouble(temperatureReference);
        out.writeBoolean(referenceFromThisSession);
        out.writeDouble(riseTimesSquare);
        out.writeDouble(fourthPowers);
        out.writeInt(thermalSamples);
        for (int phase = 0; phase < PHASES; phase++) {
            out.writeDouble(voltageReference[phase]);
            out.writeDouble(dropTimesCurrent[phase]);
            out.writeDouble(squares[phase]);
            out.writeInt(sagSamples[phase]);
        }
        EvseHealthFormat.writeString(out, lastEndedSession);
        EvseHealthFormat.writeInstant(out, lastEvent);
        thermal.writeTo(out);
        for (SessionSeries phase : sag) {
            phase.writeTo(out);
        }
        faults.writeTo(out);
        endings.writeTo(out);
    }

    void readFrom(DataInput in) throws IOException {
        idleTemperature = in.readDouble();
        idleTemperatureAt = EvseHealthFormat.readInstant(in);
        for (int phase = 0; phase < PHASES; phase++) {
            idleVoltage[phase] = in.readDouble();
            idleVoltageAt[phase] = EvseHealthFormat.readInstant(in);
        }
        session = EvseHealthFormat.readString(in);
        sessionFirstSample = EvseHealthFormat.readInstant(in);
        temperatureReference = in.readDouble();
        referenceFromThisSession = in.readBoolean();
        riseTimesSquare = in.readDouble();
        fourthPowers = in.readDouble();
        thermalSamples = EvseHealthFormat.bounded(in.readInt(), 0, Integer.MAX_VALUE, "thermal samples");
        for (int phase = 0; phase < PHASES; phase++) {
            voltageReference[phase] = in.readDouble();
            dropTimesCurrent[phase] = in.readDouble();
            squares[phase] = in.readDouble();
            sagSamples[phase] = EvseHealthFormat.bounded(in.readInt(), 0, Integer.MAX_VALUE, "sag samples");
        }
        lastEndedSession = EvseHealthFormat.readString(in);
        lastEvent = EvseHealthFormat.readInstant(in);
        thermal.readFrom(in);
        for (SessionSeries phase : sag) {
            phase.readFrom(in);
        }
        faults.readFrom(in);
        endings.readFrom(in);
    }

    Duration faultWindow() {
        return settings.faultBucket().multipliedBy(settings.recentBuckets());
    }
}
