package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ChargingProfile.RateUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * GetCompositeSchedule (OCPP 1.6 §5.7, 2.0.1 K08): the limit of the EVSE from now for the requested duration,
 * as periods that start wherever one of the charger's profiles may change the limit. An inoperative EVSE gets 0.
 * EVSE 0 means the whole charger: its station maximum.
 */
final class CompositeScheduleAnswer {
    /** Bounds the work for a long duration over many recurring profiles. */
    private static final int MAX_CHANGES = 1_000;

    private final SimulatedChargePoint chargePoint;
    private final SimulatedChargingProfiles profiles;
    private final boolean v16;

    CompositeScheduleAnswer(SimulatedChargePoint chargePoint, SimulatedChargingProfiles profiles) {
        this.chargePoint = chargePoint;
        this.profiles = profiles;
        this.v16 = chargePoint.version() == OcppVersion.V16;
    }

    JsonNode answer(Call call) {
        JsonNode payload = call.payload();
        int evseId = payload.path(v16 ? "connectorId" : "evseId").asInt(-1);
        if (evseId < 0 || evseId != 0 && !chargePoint.remoteControl().knows(evseId)) {
            return SimulatedRemoteControl.status("Rejected");
        }
        RateUnit unit = payload.hasNonNull("chargingRateUnit") ? unit(payload.get("chargingRateUnit").asString())
                : profiles.chargingRateUnits().contains(RateUnit.A) ? RateUnit.A : RateUnit.W;
        if (!profiles.chargingRateUnits().contains(unit)) {
            return SimulatedRemoteControl.status("Rejected");
        }
        int duration = Math.max(0, payload.path("duration").asInt());
        Instant start = chargePoint.clock().instant();
        ArrayNode periods = periods(evseId, unit, start, start.plusSeconds(duration));

        ObjectNode answer = SimulatedRemoteControl.status("Accepted");
        ObjectNode schedule = SimulatedRemoteControl.NODES.objectNode();
        if (v16) {
            schedule.put("duration", duration).put("startSchedule", start.toString())
                    .put("chargingRateUnit", unit.name()).set("chargingSchedulePeriod", periods);
            answer.put("connectorId", evseId).put("scheduleStart", start.toString());
            answer.set("chargingSchedule", schedule);
        } else {
            schedule.put("evseId", evseId).put("duration", duration).put("scheduleStart", start.toString())
                    .put("chargingRateUnit", unit.name()).set("chargingSchedulePeriod", periods);
            answer.set("schedule", schedule);
        }
        return answer;
    }

    private ArrayNode periods(int evseId, RateUnit unit, Instant start, Instant end) {
        TreeSet<Instant> changes = new TreeSet<>(List.of(start));
        for (ChargingProfile profile : profiles.installed()) {
            changes.addAll(profile.changesBetween(start, end, relativeStart(evseId, start), MAX_CHANGES));
        }
        boolean operative = evseId == 0 || chargePoint.remoteControl().availability().isOperative(evseId);
        ArrayNode periods = SimulatedRemoteControl.NODES.arrayNode();
        List<Object> previous = new ArrayList<>();
        for (Instant change : changes) {
            EvseLimit limit = profiles.limitAt(evseId, change, start);
            BigDecimal value = operative ? inUnit(limit, unit) : BigDecimal.ZERO.setScale(1);
            List<Object> key = List.of(value, limit.phases());
            if (!key.equals(previous)) {
                periods.addObject().put("startPeriod", Duration.between(start, change).toSeconds())
                        .put("limit", value).put("numberPhases", limit.phases());
                previous = key;
            }
        }
        return periods;
    }

    private static RateUnit unit(String literal) {
        try {
            return RateUnit.valueOf(literal);
        } catch (IllegalArgumentException e) {
            throw new io.busbar.ocpp.rpc.RpcException(io.busbar.ocpp.rpc.RpcError.PROPERTY_CONSTRAINT_VIOLATION,
                    "chargingRateUnit must be A or W, was " + literal);
        }
    }

    private Instant relativeStart(int evseId, Instant start) {
        return chargePoint.runningSessions().on(evseId).map(ChargingSession::startedAt).orElse(start);
    }

    /** Limits with one decimal (the schemas allow any decimal; one is what chargers commonly report). */
    private static BigDecimal inUnit(EvseLimit limit, RateUnit unit) {
        double value = unit == RateUnit.A ? limit.ampsPerPhase() : limit.powerW();
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_DOWN);
    }
}
