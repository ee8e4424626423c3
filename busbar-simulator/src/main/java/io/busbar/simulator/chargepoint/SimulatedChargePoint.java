package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.rpc.RpcFrame;
import io.busbar.simulator.wire.OcppConnection;
import io.busbar.simulator.wire.WebSocketConnector;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One virtual charge point (OCPP 1.6J) or charging station (OCPP 2.0.1) on a real WebSocket.
 *
 * <p>Each message method sends one CALL and returns a future of the answer; a CALLERROR fails the future with
 * {@link io.busbar.simulator.wire.CallErrorException}. CALLs go out one at a time. While {@link #disconnect()
 * disconnected}, messages queue with the timestamps of when they were made and are sent in order on
 * {@link #reconnect()}. CSMS-initiated CALLs are answered by per-action handlers (plausible "Accepted" answers
 * by default, CALLERROR NotImplemented for unknown actions) and recorded in {@link #receivedCalls()}.
 *
 * <p>EVSE numbering follows the 2.0.1 shape: in 1.6, EVSE n is connector n.
 */
public final class SimulatedChargePoint implements AutoCloseable {
    public static final String VENDOR = "Busbar";
    public static final String MODEL = "SimCP-1";
    public static final String FIRMWARE = "sim-1.0";

    private final String csmsUrl;
    private final String identity;
    private final OcppVersion version;
    private final String password;
    private final Clock clock;
    private final WebSocketConnector connector;
    private final Duration callTimeout;
    private final long maxCurrentPerPhaseA;
    private final boolean sendsChargingNeeds;
    private final Map<String, CsmsCallHandler> handlers;
    private final List<ReceivedCall> receivedCalls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seqNos = new ConcurrentHashMap<>();
    private final ArrayDeque<OfflineCall> offlineQueue = new ArrayDeque<>();
    /** Follow-ups registered by the handler running on this (socket) thread; started after its answer is sent. */
    private static final ThreadLocal<List<Runnable>> FOLLOW_UPS = new ThreadLocal<>();
    private OcppConnection connection;
    private boolean deliberatelyOffline;
    private final SimulatedReservations reservations = new SimulatedReservations(this);
    private final SimulatedLocalList localList;
    private volatile String firmwareVersion = FIRMWARE;
    private final SimulatedFirmware firmware;
    private final SimulatedLogUpload logUpload;
    private final DrawVersion drawVersion = new DrawVersion();
    private final RunningSessions runningSessions = new RunningSessions(drawVersion);
    private final SimulatedRemoteControl remoteControl;
    private final SimulatedConfiguration configuration;
    private final SimulatedChargingProfiles chargingProfiles;
    private final SimulatedCostDisplay costDisplay;
    private final SimulatedFaults faults;

    private SimulatedChargePoint(Builder builder) {
        this.csmsUrl = builder.csmsUrl;
        this.identity = builder.identity;
        this.version = builder.version;
        this.password = builder.password;
        this.clock = builder.clock;
        this.connector = builder.connector;
        this.callTimeout = builder.callTimeout;
        this.maxCurrentPerPhaseA = builder.maxCurrentPerPhaseA;
        this.sendsChargingNeeds = builder.iso15118 && version == OcppVersion.V201;
        this.handlers = new ConcurrentHashMap<>(DefaultCsmsCallAnswers.forVersion(version));
        reservations.install(handlers);
        this.localList = new SimulatedLocalList(version);
        localList.install(handlers);
        this.firmware = SimulatedFirmware.installOn(this, handlers);
        this.logUpload = SimulatedLogUpload.installOn(this, handlers);
        this.remoteControl = SimulatedRemoteControl.install(this);
        this.configuration = SimulatedConfiguration.install(this, builder.initialSettings);
        this.chargingProfiles = SimulatedChargingProfiles.install(this, builder.chargingRateUnits);
        this.costDisplay = SimulatedCostDisplay.installOn(version, builder.californiaPricing, handlers);
        this.faults = SimulatedFaults.install(this, handlers);
    }

    public static Builder builder(String csmsUrl, String identity, OcppVersion version) {
        return new Builder(csmsUrl, identity, version);
    }

    /** Connects with defaults (system clock, shared HttpClient, 30 s call timeout); blocks until connected. */
    public static SimulatedChargePoint connect(String csmsUrl, String identity, OcppVersion version) {
        return builder(csmsUrl, identity, version).connect();
    }

    /** Same, with HTTP Basic credentials (OCPP security profile 1 or 2). */
    public static SimulatedChargePoint connect(String csmsUrl, String identity, OcppVersion version, String password) {
        return builder(csmsUrl, identity, version).password(password).connect();
    }

    public String identity() {
        return identity;
    }

    public OcppVersion version() {
        return version;
    }

    public Clock clock() {
        return clock;
    }

    /** ReserveNow / CancelReservation: what this charger holds, and test options (Rejected, expiry). */
    public SimulatedReservations reservations() {
        return reservations;
    }

    /** SendLocalList / GetLocalListVersion: this charger's local authorization list. */
    public SimulatedLocalList localList() {
        return localList;
    }

    /** The charger's configuration keys (1.6) or device model (2.0.1): read or change them in tests. */
    public SimulatedConfiguration configuration() {
        return configuration;
    }

    /** SetChargingProfile / ClearChargingProfile / GetCompositeSchedule: the profiles kept and the limits now. */
    public SimulatedChargingProfiles chargingProfiles() {
        return chargingProfiles;
    }

    /** The current the EV on {@code evseId} draws now on L1, L2, L3 (all 0 without a running session). */
    public PhaseCurrents drawA(int evseId) {
        return runningSessions.on(evseId).map(ChargingSession::drawA).orElse(PhaseCurrents.NONE);
    }

    /** True for a 2.0.1 station built with {@link Builder#iso15118}: it sends NotifyEVChargingNeeds. */
    public boolean sendsChargingNeeds() {
        return sendsChargingNeeds;
    }

    /** The power this charger can give an EV drawing on {@code phases} phases at 230 V. */
    public long maxPowerW(int phases) {
        return maxCurrentPerPhaseA * 230 * phases;
    }

    // ---- charger-initiated messages ---------------------------------------------------------------------------

    public CompletableFuture<BootResult> boot() {
        return boot("PowerUp");
    }

    /** {@code reason} is the 2.0.1 BootReasonEnumType literal (1.6 has none). */
    CompletableFuture<BootResult> boot(String reason) {
        String serial = "SIM-SN-" + identity;
        JsonNode payload = version == OcppVersion.V16
                ? Ocpp16Messages.bootNotification(VENDOR, MODEL, serial, firmwareVersion)
                : Ocpp201Messages.bootNotification(reason, VENDOR, MODEL, serial, firmwareVersion);
        return call("BootNotification", payload).thenApply(BootResult::from);
    }

    /** The firmware version this charger reports at boot: {@link #FIRMWARE} until a firmware update installs another. */
    public String firmwareVersion() {
        return firmwareVersion;
    }

    /** Firmware updates: configure failures, see what was downloaded. */
    public SimulatedFirmware firmware() {
        return firmware;
    }

    /** Log uploads (GetDiagnostics / GetLog): configure answers and size, see what was sent. */
    public SimulatedLogUpload logUpload() {
        return logUpload;
    }

    /**
     * Restarts the software: the socket closes, a new one opens, and BootNotification goes out with {@code reason}
     * (2.0.1 BootReasonEnumType) and the firmware version installed now.
     */
    CompletableFuture<BootResult> reboot(String reason) {
        disconnect();
        reconnect();
        return boot(reason);
    }

    /** Installs {@code version} and reboots into it (BootNotification reason FirmwareUpdate). */
    void rebootInto(String version) {
        firmwareVersion = version;
        reboot("FirmwareUpdate").orTimeout(callTimeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
    }

    /** The price on the screen: tariff text, running and final cost (1.6 California pricing, 2.0.1 I01-I03). */
    public SimulatedCostDisplay costDisplay() {
        return costDisplay;
    }

    /** Scripted failures: faulted EVSEs cured (or not) by resets, a stuck connector, a boot loop. */
    public SimulatedFaults faults() {
        return faults;
    }

    /** Completes with the CSMS's currentTime. */
    public CompletableFuture<Instant> heartbeat() {
        return call("Heartbeat", Ocpp16Messages.heartbeat())
                .thenApply(answer -> Instant.parse(answer.path("currentTime").asString()));
    }

    /**
     * {@code status} is the literal of this charger's version: 1.6 ChargePointStatus (Available, Preparing,
     * Charging, Finishing, ...) or 2.0.1 ConnectorStatusEnumType (Available, Occupied, ...).
     */
    public CompletableFuture<JsonNode> statusNotification(int evseId, int connectorId, String status) {
        reservations.observe(evseId, status);
        Instant now = clock.instant();
        return call("StatusNotification", version == OcppVersion.V16
                ? Ocpp16Messages.statusNotification(evseId, status, now)
                : Ocpp201Messages.statusNotification(evseId, connectorId, status, now));
    }

    /** Completes with the authorization status literal (idTagInfo.status in 1.6, idTokenInfo.status in 2.0.1). */
    public CompletableFuture<String> authorize(String idToken) {
        return version == OcppVersion.V16
                ? call("Authorize", Ocpp16Messages.authorize(idToken))
                        .thenApply(answer -> answer.path("idTagInfo").path("status").asString())
                : call("Authorize", Ocpp201Messages.authorize(idToken))
                        .thenApply(answer -> {
                            costDisplay.observeAuthorizeAnswer(answer);
                            return answer.path("idTokenInfo").path("status").asString();
                        });
    }

    /** OCPP 1.6 only. */
    public CompletableFuture<StartResult> startTransaction(int connectorId, String idTag, long meterStartWh) {
        requireVersion(OcppVersion.V16, "StartTransaction");
        return call("StartTransaction",
                Ocpp16Messages.startTransaction(connectorId, idTag, meterStartWh, clock.instant()))
                .thenApply(StartResult::from);
    }

    /** OCPP 1.6 only; {@code reason} is a 1.6 Reason literal or null. */
    public CompletableFuture<JsonNode> stopTransaction(int transactionId, String idTag, long meterStopWh,
                                                       String reason) {
        requireVersion(OcppVersion.V16, "StopTransaction");
        return call("StopTransaction", Ocpp16Messages.stopTransaction(transactionId, idTag, meterStopWh,
                clock.instant(), reason, List.of()));
    }

    /**
     * OCPP 2.0.1 only. Numbers the event: seqNo starts at 0 for a transaction's first event and rises by one per
     * event of that transaction (2.0.1 TransactionEventRequest.seqNo). Events made while offline get
     * {@code offline: true}.
     */
    public CompletableFuture<JsonNode> transactionEvent(TransactionEvent event) {
        requireVersion(OcppVersion.V201, "TransactionEvent");
        TransactionEvent stamped = isOnline() ? event : event.whileOffline();
        int seqNo = seqNos.computeIfAbsent(event.transactionId(), id -> new AtomicInteger()).getAndIncrement();
        if (event.eventType() == TransactionEvent.EventType.ENDED) {
            seqNos.remove(event.transactionId());
        }
        return call("TransactionEvent", Ocpp201Messages.transactionEvent(stamped, seqNo)).thenApply(answer -> {
            costDisplay.observeTransactionEventAnswer(event.eventType(), answer);
            return answer;
        });
    }

    /** MeterValues for one EVSE; {@code transactionId} (1.6 only) may be null. */
    public CompletableFuture<JsonNode> meterValues(int evseId, Integer transactionId, List<MeterReading> readings) {
        return call("MeterValues", version == OcppVersion.V16
                ? Ocpp16Messages.meterValues(evseId, transactionId, readings)
                : Ocpp201Messages.meterValues(evseId, readings));
    }

    public CompletableFuture<JsonNode> dataTransfer(String vendorId, String messageId, String data) {
        return call("DataTransfer", version == OcppVersion.V16
                ? Ocpp16Messages.dataTransfer(vendorId, messageId, data)
                : Ocpp201Messages.dataTransfer(vendorId, messageId, data));
    }

    /** Any action with a ready payload. */
    public CompletableFuture<JsonNode> call(String action, JsonNode payload) {
        return call(action, () -> payload);
    }

    /**
     * Any action whose payload is built only when it is sent: lets an offline-queued 1.6 MeterValues or
     * StopTransaction carry the transactionId that the queued StartTransaction before it will receive.
     */
    public synchronized CompletableFuture<JsonNode> call(String action, Supplier<JsonNode> payload) {
        if (isOnline()) {
            return connection.callForResult(action, payload);
        }
        OfflineCall queued = new OfflineCall(action, payload, new CompletableFuture<>());
        offlineQueue.add(queued);
        return queued.result;
    }

    /** Sends text verbatim (bypassing the offline queue) and completes with the next answer frame. */
    public CompletableFuture<RpcFrame> sendRaw(String text) {
        return requireConnection().sendRaw(text);
    }

    /** The answer with {@code messageId} that no CALL of this simulator claimed, e.g. one sent with sendRaw. */
    public CompletableFuture<RpcFrame> rawAnswerTo(String messageId) {
        return requireConnection().rawAnswerTo(messageId);
    }

    // ---- CSMS-initiated calls ---------------------------------------------------------------------------------

    /** The handler that currently answers {@code action} (null when none): tests wrap it to observe calls. */
    public CsmsCallHandler answerTo(String action) {
        return handlers.get(action);
    }

    /** Replaces the answer to one CSMS-initiated action. */
    public SimulatedChargePoint onCall(String action, CsmsCallHandler handler) {
        handlers.put(action, handler);
        return this;
    }

    /**
     * For use inside a {@link CsmsCallHandler}: runs {@code followUp} on a virtual thread once the answer to the
     * call being handled is on its way, so the CSMS sees the CALLRESULT before any CALL the follow-up sends
     * (a triggered message, status notifications of a firmware update, a reboot...). Outside a handler it simply
     * starts the follow-up.
     */
    public void afterAnswer(Runnable followUp) {
        List<Runnable> pending = FOLLOW_UPS.get();
        if (pending == null) {
            Thread.ofVirtual().name("sim-" + identity + "-followup").start(followUp);
        } else {
            pending.add(followUp);
        }
    }

    private void startFollowUps() {
        List<Runnable> pending = FOLLOW_UPS.get();
        FOLLOW_UPS.remove();
        if (pending != null) {
            for (Runnable followUp : pending) {
                Thread.ofVirtual().name("sim-" + identity + "-followup").start(followUp);
            }
        }
    }

    /** Every CALL the CSMS sent, in arrival order. */
    public List<ReceivedCall> receivedCalls() {
        return List.copyOf(receivedCalls);
    }

    private RpcFrame answerCsmsCall(Call call) {
        receivedCalls.add(new ReceivedCall(clock.instant(), call.messageId(), call.action(), call.payload()));
        CsmsCallHandler handler = handlers.get(call.action());
        FOLLOW_UPS.set(new java.util.ArrayList<>());
        try {
            if (handler == null) {
                throw new RpcException(RpcError.NOT_IMPLEMENTED, call.messageId(),
                        "SimCP-1 does not implement " + call.action());
            }
            return new CallResult(call.messageId(), handler.answer(call));
        } catch (RpcException e) {
            return e.withMessageId(call.messageId()).toCallError(version);
        } catch (RuntimeException e) {
            return new RpcException(RpcError.INTERNAL_ERROR, call.messageId(), e.getMessage()).toCallError(version);
        }
    }

    // ---- sessions ---------------------------------------------------------------------------------------------

    /** Plugs {@code ev} into EVSE {@code evseId} (connector 1) and reports it; continue with authorize/start. */
    public PluggedInEv plugIn(int evseId, SimulatedEv ev) {
        return new PluggedInEv(this, SessionProtocol.of(this), evseId, ev);
    }

    /** Changes of what EVs may draw here, for samplers that read several chargers at one instant. */
    public DrawVersion drawVersion() {
        return drawVersion;
    }

    /** The transactions running now, by EVSE. */
    public RunningSessions runningSessions() {
        return runningSessions;
    }

    /** Reset, availability, unlock, triggers, remote start/stop...: outcomes tests can configure. */
    public SimulatedRemoteControl remoteControl() {
        return remoteControl;
    }

    // ---- connection -------------------------------------------------------------------------------------------

    /** True while a socket is open and the charger is not deliberately offline. */
    public synchronized boolean isOnline() {
        return !deliberatelyOffline && connection != null && connection.isOpen();
    }

    /** Drops the connection; later messages queue until {@link #reconnect()}. */
    public void disconnect() {
        OcppConnection old;
        synchronized (this) {
            deliberatelyOffline = true;
            old = connection;
        }
        if (old != null) {
            old.close();
        }
    }

    /**
     * Kills the connection without a close handshake (power or network lost); later messages queue until
     * {@link #reconnect()}.
     */
    public void kill() {
        OcppConnection old;
        synchronized (this) {
            deliberatelyOffline = true;
            old = connection;
        }
        if (old != null) {
            old.abort();
        }
    }

    /** Opens a new connection, then sends the messages queued while offline, in order, with their own timestamps. */
    public SimulatedChargePoint reconnect() {
        OcppConnection fresh = open();
        synchronized (this) {
            connection = fresh;
            deliberatelyOffline = false;
            while (!offlineQueue.isEmpty()) {
                OfflineCall queued = offlineQueue.poll();
                fresh.callForResult(queued.action, queued.payload).whenComplete((answer, failure) -> {
                    if (failure != null) {
                        queued.result.completeExceptionally(failure);
                    } else {
                        queued.result.complete(answer);
                    }
                });
            }
        }
        return this;
    }

    public synchronized int queuedWhileOffline() {
        return offlineQueue.size();
    }

    @Override
    public void close() {
        disconnect();
    }

    private OcppConnection open() {
        return OcppConnection.open(connector, WebSocketConnector.endpoint(csmsUrl, identity), identity, password,
                version, this::answerCsmsCall, this::startFollowUps, callTimeout).join();
    }

    private synchronized OcppConnection requireConnection() {
        if (!isOnline()) {
            throw new IllegalStateException(identity + " is offline");
        }
        return connection;
    }

    private void requireVersion(OcppVersion required, String action) {
        if (version != required) {
            throw new UnsupportedOperationException(action + " is an " + required.subprotocol() + " message; "
                    + identity + " speaks " + version.subprotocol());
        }
    }

    private record OfflineCall(String action, Supplier<JsonNode> payload, CompletableFuture<JsonNode> result) {
    }

    /** The parts of a BootNotification answer a test asserts on. */
    public record BootResult(String status, Instant currentTime, Duration interval, JsonNode payload) {
        static BootResult from(JsonNode answer) {
            return new BootResult(answer.path("status").asString(),
                    Instant.parse(answer.path("currentTime").asString()),
                    Duration.ofSeconds(answer.path("interval").asLong()), answer);
        }
    }

    /** The 1.6 StartTransaction answer: the CSMS's transaction id and idTagInfo.status. */
    public record StartResult(int transactionId, String status) {
        static StartResult from(JsonNode answer) {
            return new StartResult(answer.path("transactionId").asInt(),
                    answer.path("idTagInfo").path("status").asString());
        }
    }

    public static final class Builder {
        private final String csmsUrl;
        private final String identity;
        private final OcppVersion version;
        private String password;
        private Clock clock = Clock.systemUTC();
        private WebSocketConnector connector = WebSocketConnector.shared();
        private Duration callTimeout = Duration.ofSeconds(30);
        private long maxCurrentPerPhaseA = 32;
        private boolean iso15118;
        private boolean californiaPricing;
        private final SimulatedConfiguration.Initial initialSettings = new SimulatedConfiguration.Initial();
        private java.util.Set<ChargingProfile.RateUnit> chargingRateUnits =
                java.util.EnumSet.allOf(ChargingProfile.RateUnit.class);

        private Builder(String csmsUrl, String identity, OcppVersion version) {
            this.csmsUrl = csmsUrl;
            this.identity = identity;
            this.version = version;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Time source for every timestamp and for sessions; tests pass a clock they advance. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Shares HttpClients (and a TLS context) between many charge points. */
        public Builder connector(WebSocketConnector connector) {
            this.connector = connector;
            return this;
        }

        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** The charger's rating per phase (default 32 A, i.e. 22 kW on 3 phases). */
        public Builder maxCurrentPerPhaseA(long amps) {
            this.maxCurrentPerPhaseA = amps;
            return this;
        }

        /**
         * The units this charger takes in charging schedules, "A" and/or "W" (default both): a profile in another
         * unit is Rejected (OCPP 2.0.1 K01.FR.26), as many AC chargers do with W.
         */
        public Builder chargingRateUnits(String... units) {
            this.chargingRateUnits = SimulatedChargingProfiles.parseUnits(units);
            return this;
        }

        /**
         * OCPP 2.0.1 only: EVs talk ISO 15118 to this station, which sends NotifyEVChargingNeeds (departure,
         * energy to the EV's target SoC, min/max current, max voltage) right after TransactionEvent Started.
         */
        public Builder iso15118(boolean iso15118) {
            this.iso15118 = iso15118;
            return this;
        }

        /**
         * OCPP 1.6: the charger shows prices sent as OCA California pricing DataTransfers and says so in its
         * configuration (CustomDisplayCostAndPrice = true); without it, it answers them UnknownVendorId.
         */
        public Builder californiaPricing(boolean californiaPricing) {
            this.californiaPricing = californiaPricing;
            if (version == OcppVersion.V16) {
                initialSettings.keys.put("CustomDisplayCostAndPrice", String.valueOf(californiaPricing));
            }
            return this;
        }

        /** OCPP 1.6: boots with this configuration key value (a key it does not know is added). */
        public Builder setting(String key, String value) {
            initialSettings.keys.put(key, value);
            return this;
        }

        /** OCPP 2.0.1: boots with this Actual value of a station-level component's variable (which must exist). */
        public Builder variable(String component, String variable, String value) {
            initialSettings.variables.add(new String[]{component, variable, null, value});
            return this;
        }

        public SimulatedChargePoint build() {
            return new SimulatedChargePoint(this);
        }

        /** Builds and connects, blocking until the WebSocket is open (or failing with the connect error). */
        public SimulatedChargePoint connect() {
            return build().reconnect();
        }
    }
}
