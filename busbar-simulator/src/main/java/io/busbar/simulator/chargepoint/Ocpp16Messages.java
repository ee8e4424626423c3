package io.busbar.simulator.chargepoint;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Request payloads of OCPP 1.6J charge-point-initiated messages, field names and literals as in the OCPP 1.6
 * JSON schemas. Timestamps are passed in, never read here, so a message queued offline keeps its time.
 */
public final class Ocpp16Messages {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Ocpp16Messages() {
    }

    public static ObjectNode bootNotification(String vendor, String model, String serialNumber, String firmware) {
        return NODES.objectNode()
                .put("chargePointVendor", vendor)
                .put("chargePointModel", model)
                .put("chargePointSerialNumber", serialNumber)
                .put("firmwareVersion", firmware);
    }

    public static ObjectNode heartbeat() {
        return NODES.objectNode();
    }

    /** {@code status} is a 1.6 ChargePointStatus literal, e.g. Available, Preparing, Charging, Finishing. */
    public static ObjectNode statusNotification(int connectorId, String status, Instant timestamp) {
        return NODES.objectNode()
                .put("connectorId", connectorId)
                .put("errorCode", "NoError")
                .put("status", status)
                .put("timestamp", timestamp.toString());
    }

    public static ObjectNode authorize(String idTag) {
        return NODES.objectNode().put("idTag", idTag);
    }

    public static ObjectNode startTransaction(int connectorId, String idTag, long meterStartWh, Instant timestamp) {
        return NODES.objectNode()
                .put("connectorId", connectorId)
                .put("idTag", idTag)
                .put("meterStart", meterStartWh)
                .put("timestamp", timestamp.toString());
    }

    /** {@code reason} is a 1.6 Reason literal (Local, Remote, EVDisconnected, ...); null leaves it out. */
    public static ObjectNode stopTransaction(int transactionId, String idTag, long meterStopWh, Instant timestamp,
                                             String reason, List<MeterReading> transactionData) {
        ObjectNode payload = NODES.objectNode()
                .put("transactionId", transactionId)
                .put("meterStop", meterStopWh)
                .put("timestamp", timestamp.toString());
        if (idTag != null) {
            payload.put("idTag", idTag);
        }
        if (reason != null) {
            payload.put("reason", reason);
        }
        if (!transactionData.isEmpty()) {
            payload.set("transactionData", meterValueArray(transactionData));
        }
        return payload;
    }

    /** {@code transactionId} null for readings outside a transaction. */
    public static ObjectNode meterValues(int connectorId, Integer transactionId, List<MeterReading> readings) {
        ObjectNode payload = NODES.objectNode().put("connectorId", connectorId);
        if (transactionId != null) {
            payload.put("transactionId", transactionId);
        }
        payload.set("meterValue", meterValueArray(readings));
        return payload;
    }

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
            // 1.6 SampledValue.value is a string (OCPP 1.6 §7.43).
            sampled.add(sample(Long.toString(reading.energyWh()), context, "Energy.Active.Import.Register", null,
                    "Outlet", "Wh"));
            if (reading.context() != MeterReading.ReadingContext.TRANSACTION_BEGIN || reading.powerW() > 0) {
                sampled.add(sample(Long.toString(reading.powerW()), context, "Power.Active.Import", null, "Outlet", "W"));
                String current = decimal(reading.currentPerPhaseA());
                for (int phase = 0; phase < reading.phases(); phase++) {
                    sampled.add(sample(current, context, "Current.Import", MeterReading.PHASE_NAMES[phase], "Outlet", "A"));
                }
                sampled.add(sample(Integer.toString(reading.voltageV()), context, "Voltage", "L1-N", "Outlet", "V"));
            }
            if (reading.socPercent() != null) {
                sampled.add(sample(Integer.toString(reading.socPercent()), context, "SoC", null, "EV", "Percent"));
            }
        }
        return meterValue;
    }

    private static ObjectNode sample(String value, String context, String measurand, String phase, String location,
                                     String unit) {
        ObjectNode sample = NODES.objectNode()
                .put("value", value)
                .put("context", context)
                .put("format", "Raw")
                .put("measurand", measurand);
        if (phase != null) {
            sample.put("phase", phase);
        }
        return sample.put("location", location).put("unit", unit);
    }

    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
