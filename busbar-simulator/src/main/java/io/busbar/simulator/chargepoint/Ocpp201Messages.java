package io.busbar.simulator.chargepoint;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Request payloads of OCPP 2.0.1 charging-station-initiated messages, field names and enum literals as in the
 * OCPP 2.0.1 JSON schemas. Timestamps are passed in, never read here.
 */
public final class Ocpp201Messages {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Ocpp201Messages() {
    }

    /** {@code reason} is a BootReasonEnumType literal, e.g. PowerUp. */
    public static ObjectNode bootNotification(String reason, String vendor, String model, String serialNumber,
                                              String firmware) {
        ObjectNode payload = NODES.objectNode().put("reason", reason);
        payload.putObject("chargingStation")
                .put("serialNumber", serialNumber)
                .put("model", model)
                .put("vendorName", vendor)
                .put("firmwareVersion", firmware);
        return payload;
    }

    public static ObjectNode heartbeat() {
        return NODES.objectNode();
    }

    /** {@code connectorStatus} is a ConnectorStatusEnumType literal: Available, Occupied, Reserved, Unavailable, Faulted. */
    public static ObjectNode statusNotification(int evseId, int connectorId, String connectorStatus, Instant timestamp) {
        return NODES.objectNode()
                .put("timestamp", timestamp.toString())
                .put("connectorStatus", connectorStatus)
                .put("evseId", evseId)
                .put("connectorId", connectorId);
    }

    public static ObjectNode authorize(String idToken) {
        return NODES.objectNode().set("idToken", idToken(idToken));
    }

    /** A token as IdTokenType; the simulator's cards are ISO14443 RFID cards. */
    public static ObjectNode idToken(String idToken) {
        return NODES.objectNode().put("idToken", idToken).put("type", "ISO14443");
    }

    /**
     * A TransactionEventRequest. {@code idToken}, {@code stoppedReason} and {@code readings} may be null/empty and
     * are then left out; {@code offline} is written only when true (OCPP 2.0.1 E04: sent after reconnecting).
     */
    public static ObjectNode transactionEvent(TransactionEvent event, int seqNo) {
        ObjectNode payload = NODES.objectNode()
                .put("eventType", event.eventType().literal())
                .put("timestamp", event.timestamp().toString())
                .put("triggerReason", event.triggerReason())
                .put("seqNo", seqNo);
        if (event.offline()) {
            payload.put("offline", true);
        }
        if (event.numberOfPhasesUsed() != null) {
            payload.put("numberOfPhasesUsed", event.numberOfPhasesUsed());
        }
        ObjectNode info = payload.putObject("transactionInfo").put("transactionId", event.transactionId());
        if (event.chargingState() != null) {
            info.put("chargingState", event.chargingState());
        }
        if (event.stoppedReason() != null) {
            info.put("stoppedReason", event.stoppedReason());
        }
        if (event.remoteStartId() != null) {
            info.put("remoteStartId", event.remoteStartId());
        }
        if (event.idToken() != null) {
            payload.set("idToken", idToken(event.idToken()));
        }
        payload.putObject("evse").put("id", event.evseId()).put("connectorId", event.connectorId());
        if (!event.readings().isEmpty()) {
            payload.set("meterValue", meterValueArray(event.readings()));
        }
        return payload;
    }

    public static ObjectNode meterValues(int evseId, List<MeterReading> readings) {
        ObjectNode payload = NODES.objectNode().put("evseId", evseId);
        payload.set("meterValue", meterValueArray(readings));
        return payload;
    }

    /**
     * NotifyEVChargingNeedsRequest for an AC EV (OCPP 2.0.1 K15, from the ISO 15118 ChargeParameterDiscovery):
     * energyAmount in Wh, currents in A, voltage in V; departureTime only when the EV has one.
     */
    public static ObjectNode notifyEvChargingNeeds(int evseId, SimulatedEv ev) {
        ObjectNode payload = NODES.objectNode().put("evseId", evseId);
        ObjectNode needs = payload.putObject("chargingNeeds")
                .put("requestedEnergyTransfer", ev.phases() == 1 ? "AC_single_phase" : "AC_three_phase");
        if (ev.departure() != null) {
            needs.put("departureTime", ev.departure().toString());
        }
        needs.putObject("acChargingParameters")
                .put("energyAmount", ev.energyNeededWh())
                .put("evMinCurrent", (int) EvseLimit.MIN_CHARGING_A)
                .put("evMaxCurrent", (int) Math.floor(ev.maxCurrentA()))
                .put("evMaxVoltage", ev.phases() == 1 ? 230 : 400);
        return payload;
    }

    /** 2.0.1 DataTransfer.data is of any type; the simulator sends a string. */
    public static ObjectNode dataTransfer(String vendorId, String messageId, String data) {
        ObjectNode payload = NODES.objectNode().put("vendorId", vendorId);
        if (messageId != null) {
            payload.put("messageId", messageId);
        }
        if (data != null) {
            payload.put("data", data);
        }
        return payload;
    }

    static ArrayNode meterValueArray(List<MeterReading> readings) {
        ArrayNode meterValue = NODES.arrayNode();
        for (MeterReading reading : readings) {
            ObjectNode entry = meterValue.addObject().put("timestamp", reading.timestamp().toString());
            ArrayNode sampled = entry.putArray("sampledValue");
            String context = reading.context().literal();
            // 2.0.1 SampledValueType.value is a number; the unit travels in unitOfMeasure.
            sampled.add(sample(BigDecimal.valueOf(reading.energyWh()), context, "Energy.Active.Import.Register",
                    null, "Outlet", "Wh"));
            if (reading.context() != MeterReading.ReadingContext.TRANSACTION_BEGIN || reading.powerW() > 0) {
                sampled.add(sample(BigDecimal.valueOf(reading.powerW()), context, "Power.Active.Import", null,
                        "Outlet", "W"));
                BigDecimal current = BigDecimal.valueOf(reading.currentPerPhaseA()).setScale(1, RoundingMode.HALF_UP);
                for (int phase = 0; phase < reading.phases(); phase++) {
                    sampled.add(sample(current, context, "Current.Import", MeterReading.PHASE_NAMES[phase], "Outlet", "A"));
                }
                sampled.add(sample(BigDecimal.valueOf(reading.voltageV()), context, "Voltage", "L1-N", "Outlet", "V"));
            }
            if (reading.socPercent() != null) {
                sampled.add(sample(BigDecimal.valueOf(reading.socPercent()), context, "SoC", null, "EV", "Percent"));
            }
        }
        return meterValue;
    }

    private static ObjectNode sample(BigDecimal value, String context, String measurand, String phase,
                                     String location, String unit) {
        ObjectNode sample = NODES.objectNode()
                .put("value", value)
                .put("context", context)
                .put("measurand", measurand);
        if (phase != null) {
            sample.put("phase", phase);
        }
        sample.put("location", location);
        sample.putObject("unitOfMeasure").put("unit", unit);
        return sample;
    }
}
