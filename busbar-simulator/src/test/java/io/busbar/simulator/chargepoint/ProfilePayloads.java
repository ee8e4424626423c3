package io.busbar.simulator.chargepoint;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * SetChargingProfile payloads as a CSMS sends them, field names as in the OCPP 1.6 and 2.0.1 schemas. A profile
 * is built with {@link #profile}, given periods with {@link #period}, then wrapped for one version.
 */
final class ProfilePayloads {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfilePayloads() {
    }

    /** An Absolute profile starting at {@code start} (or Relative when start is null), without periods yet. */
    static ObjectNode profile(boolean v16, int id, String purpose, int stackLevel, String unit, Instant start) {
        ObjectNode profile = NODES.objectNode()
                .put(v16 ? "chargingProfileId" : "id", id)
                .put("stackLevel", stackLevel)
                .put("chargingProfilePurpose", purpose)
                .put("chargingProfileKind", start == null ? "Relative" : "Absolute");
        ObjectNode schedule = NODES.objectNode().put("chargingRateUnit", unit);
        if (start != null) {
            schedule.put("startSchedule", start.toString());
        }
        schedule.putArray("chargingSchedulePeriod");
        if (v16) {
            profile.set("chargingSchedule", schedule);
        } else {
            profile.putArray("chargingSchedule").add(schedule.put("id", id));
        }
        return profile;
    }

    static ObjectNode schedule(ObjectNode profile) {
        var schedule = profile.get("chargingSchedule");
        return (ObjectNode) (schedule.isArray() ? schedule.get(0) : schedule);
    }

    static ObjectNode period(ObjectNode profile, long startPeriod, double limit, Integer numberPhases) {
        ArrayNode periods = (ArrayNode) schedule(profile).get("chargingSchedulePeriod");
        ObjectNode period = periods.addObject().put("startPeriod", startPeriod).put("limit", limit);
        if (numberPhases != null) {
            period.put("numberPhases", numberPhases);
        }
        return profile;
    }

    static ObjectNode set16(int connectorId, ObjectNode profile) {
        ObjectNode request = NODES.objectNode().put("connectorId", connectorId);
        request.set("csChargingProfiles", profile);
        return request;
    }

    static ObjectNode set201(int evseId, ObjectNode profile) {
        ObjectNode request = NODES.objectNode().put("evseId", evseId);
        request.set("chargingProfile", profile);
        return request;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }
}
