package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ChargingProfile.Purpose;
import io.busbar.simulator.chargepoint.ChargingProfile.RateUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The charging profiles a charger keeps (OCPP 1.6 Smart Charging, 2.0.1 K01/K08/K10) and the limit they put on
 * each EVSE now. Answers SetChargingProfile, ClearChargingProfile and GetCompositeSchedule. Profiles live in the
 * charger: they stay when the connection drops (so the fail-safe TxDefaultProfile / station maximum keeps
 * limiting sessions while the CSMS is away); a TxProfile ends with its transaction.
 */
public final class SimulatedChargingProfiles {
    private final SimulatedChargePoint chargePoint;
    private final boolean v16;
    private final ChargingProfileReader reader;
    private final Set<RateUnit> rateUnits;
    private final List<ChargingProfile> installed = new ArrayList<>();

    private SimulatedChargingProfiles(SimulatedChargePoint chargePoint, Set<RateUnit> rateUnits) {
        this.chargePoint = chargePoint;
        this.v16 = chargePoint.version() == OcppVersion.V16;
        this.reader = new ChargingProfileReader(v16);
        this.rateUnits = Set.copyOf(rateUnits);
    }

    /** Creates the store of {@code chargePoint} and installs its answers (over any earlier ones). */
    static SimulatedChargingProfiles install(SimulatedChargePoint chargePoint, Set<RateUnit> rateUnits) {
        SimulatedChargingProfiles profiles = new SimulatedChargingProfiles(chargePoint, rateUnits);
        chargePoint.onCall("SetChargingProfile", profiles::set);
        chargePoint.onCall("ClearChargingProfile", profiles::clear);
        chargePoint.onCall("GetCompositeSchedule",
                call -> new CompositeScheduleAnswer(chargePoint, profiles).answer(call));
        chargePoint.runningSessions().onEnded(profiles::transactionEnded);
        return profiles;
    }

    // ---- what tests read --------------------------------------------------------------------------------------

    /** The profiles kept now, in the order they were set. */
    public synchronized List<ChargingProfile> installed() {
        return List.copyOf(installed);
    }

    /** The units this charger accepts in schedules (builder option; A and W by default). */
    public Set<RateUnit> chargingRateUnits() {
        return rateUnits;
    }

    /** The limit on {@code evseId} now (simulator clock), for the EV charging there if any. */
    public EvseLimit limit(int evseId) {
        return limitAt(evseId, chargePoint.clock().instant());
    }

    /** The current per phase the profiles allow on {@code evseId} now (the charger's rating without profiles). */
    public double currentLimitA(int evseId) {
        return limit(evseId).ampsPerPhase();
    }

    /** The power the profiles allow on {@code evseId} now, on the phases the EV there draws from (3 without one). */
    public long powerLimitW(int evseId) {
        return limit(evseId).powerW();
    }

    /** The limit on {@code evseId} at {@code instant}, given the transactions running now. */
    public EvseLimit limitAt(int evseId, Instant instant) {
        return limitAt(evseId, instant, instant);
    }

    EvseLimit limitAt(int evseId, Instant instant, Instant relativeStart) {
        if (evseId == 0) {
            return CompositeLimit.ofStation(installed(), instant,
                    ratingA() * chargePoint.remoteControl().evses());
        }
        return CompositeLimit.at(installed(), evseId, instant, transactionOn(evseId), relativeStart, ratingA(),
                sharingEvses(evseId));
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    private JsonNode set(Call call) {
        JsonNode payload = call.payload();
        int evseId = payload.path(v16 ? "connectorId" : "evseId").asInt(-1);
        JsonNode profileNode = payload.path(v16 ? "csChargingProfiles" : "chargingProfile");
        try {
            ChargingProfile profile = checked(reader.read(evseId, profileNode, chargePoint.clock().instant()));
            store(profile);
        } catch (ChargingProfileReader.Rejected e) {
            return rejected(e.getMessage());
        }
        chargePoint.afterAnswer(this::sessionsFollowTheLimit);
        return SimulatedRemoteControl.status("Accepted");
    }

    /** The checks a real charger makes before it takes a well-formed profile; fills in a 1.6 TxProfile's id. */
    private ChargingProfile checked(ChargingProfile profile) {
        int evseId = profile.evseId();
        if (evseId < 0 || evseId != 0 && !chargePoint.remoteControl().knows(evseId)) {
            throw new ChargingProfileReader.Rejected("no EVSE " + evseId); // OCPP 2.0.1 K01.FR.28
        }
        if (!rateUnits.contains(profile.schedule().unit())) {
            throw new ChargingProfileReader.Rejected("this charger does not do " + profile.schedule().unit()
                    + " schedules"); // OCPP 2.0.1 K01.FR.26
        }
        return switch (profile.purpose()) {
            case STATION_MAX -> {
                if (evseId != 0) {
                    throw new ChargingProfileReader.Rejected("the station maximum is set on EVSE 0");
                }
                if (profile.kind() == ChargingProfile.Kind.RELATIVE) {
                    throw new ChargingProfileReader.Rejected("the station maximum cannot be Relative"); // K01.FR.38
                }
                yield profile;
            }
            case TX_DEFAULT -> profile;
            case TX -> forRunningTransaction(profile);
            // Limits of a local energy manager: the CSMS may not set them.
            case EXTERNAL_CONSTRAINTS -> throw new ChargingProfileReader.Rejected(
                    "ChargingStationExternalConstraints are not set by the CSMS");
        };
    }

    /** OCPP 1.6 §5.16: a TxProfile needs a transaction on the connector; 2.0.1 K01.FR.09/16/33 likewise. */
    private ChargingProfile forRunningTransaction(ChargingProfile profile) {
        if (profile.evseId() == 0) {
            throw new ChargingProfileReader.Rejected("a TxProfile is set on an EVSE"); // OCPP 2.0.1 K01.FR.16
        }
        String running = chargePoint.runningSessions().on(profile.evseId())
                .map(ChargingSession::transactionId).orElse(null);
        if (running == null) {
            throw new ChargingProfileReader.Rejected("no transaction on EVSE " + profile.evseId());
        }
        if (profile.transactionId() == null && !v16) {
            throw new ChargingProfileReader.Rejected("a TxProfile needs a transactionId");
        }
        if (profile.transactionId() != null && !profile.transactionId().equals(running)) {
            throw new ChargingProfileReader.Rejected("transaction " + profile.transactionId()
                    + " is not running on EVSE " + profile.evseId());
        }
        return new ChargingProfile(profile.id(), profile.evseId(), profile.purpose(), profile.kind(),
                profile.recurrency(), profile.stackLevel(), profile.validFrom(), profile.validTo(), running,
                profile.schedule());
    }

    /**
     * A profile with the same id replaces the old one (1.6 §5.16, 2.0.1 K01.FR.05). Another of the same purpose
     * and stackLevel on the same EVSE (and transaction): 1.6 replaces it; 2.0.1 refuses when both would be valid
     * at the same time (K01.FR.39).
     */
    private synchronized void store(ChargingProfile profile) {
        Predicate<ChargingProfile> sameSlot = old -> old.id() != profile.id()
                && old.purpose() == profile.purpose() && old.stackLevel() == profile.stackLevel()
                && old.evseId() == profile.evseId()
                && java.util.Objects.equals(old.transactionId(), profile.transactionId());
        if (!v16 && installed.stream().filter(sameSlot).anyMatch(old -> overlap(old, profile))) {
            throw new ChargingProfileReader.Rejected("another profile of this purpose and stackLevel is valid then");
        }
        chargePoint.drawVersion().change(() -> {
            installed.removeIf(old -> old.id() == profile.id() || v16 && sameSlot.test(old));
            installed.add(profile);
        });
    }

    private static boolean overlap(ChargingProfile a, ChargingProfile b) {
        Instant aFrom = a.validFrom() == null ? Instant.MIN : a.validFrom();
        Instant aTo = a.validTo() == null ? Instant.MAX : a.validTo();
        Instant bFrom = b.validFrom() == null ? Instant.MIN : b.validFrom();
        Instant bTo = b.validTo() == null ? Instant.MAX : b.validTo();
        return aFrom.isBefore(bTo) && bFrom.isBefore(aTo);
    }

    /**
     * 1.6: by id, else by connectorId / purpose / stackLevel (all given criteria must match; none clears all).
     * 2.0.1 K10: by chargingProfileId, else by chargingProfileCriteria. Unknown when nothing matched.
     */
    private JsonNode clear(Call call) {
        JsonNode payload = call.payload();
        JsonNode id = payload.path(v16 ? "id" : "chargingProfileId");
        JsonNode criteria = v16 ? payload : payload.path("chargingProfileCriteria");
        JsonNode evse = criteria.path(v16 ? "connectorId" : "evseId");
        JsonNode purpose = criteria.path("chargingProfilePurpose");
        JsonNode stackLevel = criteria.path("stackLevel");
        Predicate<ChargingProfile> matches = id.isIntegralNumber()
                ? p -> p.id() == id.asInt()
                : p -> (!evse.isIntegralNumber() || p.evseId() == evse.asInt())
                        && (!purpose.isString() || Purpose.of(purpose.asString(), v16).orElse(null) == p.purpose())
                        && (!stackLevel.isIntegralNumber() || p.stackLevel() == stackLevel.asInt());
        boolean removed;
        synchronized (this) {
            removed = chargePoint.drawVersion().change(() -> installed.removeIf(matches));
        }
        if (!removed) {
            return SimulatedRemoteControl.status("Unknown");
        }
        chargePoint.afterAnswer(this::sessionsFollowTheLimit);
        return SimulatedRemoteControl.status("Accepted");
    }

    private ObjectNode rejected(String reason) {
        ObjectNode answer = SimulatedRemoteControl.status("Rejected");
        if (!v16) {
            answer.putObject("statusInfo").put("reasonCode", "InvalidProfile").put("additionalInfo", reason);
        }
        return answer;
    }

    // ---- sessions ---------------------------------------------------------------------------------------------

    /** A TxProfile applies to one transaction only (1.6 and 2.0.1): it is deleted when that ends. */
    private void transactionEnded(ChargingSession session) {
        synchronized (this) {
            chargePoint.drawVersion().change(() ->
                    installed.removeIf(p -> p.purpose() == Purpose.TX && p.evseId() == session.evseId()));
        }
    }

    private void sessionsFollowTheLimit() {
        chargePoint.runningSessions().all().forEach(ChargingSession::followLimit);
    }

    private CompositeLimit.Transaction transactionOn(int evseId) {
        return chargePoint.runningSessions().on(evseId)
                .map(s -> new CompositeLimit.Transaction(s.transactionId(), s.startedAt(), s.ev().phases()))
                .orElse(null);
    }

    /** The EVSEs the station maximum is shared between: those charging, and the one asked about. */
    private int sharingEvses(int evseId) {
        int running = chargePoint.runningSessions().all().size();
        return chargePoint.runningSessions().on(evseId).isPresent() ? running : running + 1;
    }

    double ratingA() {
        return chargePoint.maxPowerW(1) / (double) EvseLimit.VOLTAGE_V;
    }

    static EnumSet<RateUnit> parseUnits(String... units) {
        EnumSet<RateUnit> parsed = EnumSet.noneOf(RateUnit.class);
        for (String unit : units) {
            parsed.add(RateUnit.valueOf(unit));
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("a charger supports at least one charging rate unit");
        }
        return parsed;
    }
}
