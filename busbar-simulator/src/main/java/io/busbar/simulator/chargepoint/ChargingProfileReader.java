package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.simulator.chargepoint.ChargingProfile.Kind;
import io.busbar.simulator.chargepoint.ChargingProfile.Period;
import io.busbar.simulator.chargepoint.ChargingProfile.Purpose;
import io.busbar.simulator.chargepoint.ChargingProfile.RateUnit;
import io.busbar.simulator.chargepoint.ChargingProfile.Recurrency;
import io.busbar.simulator.chargepoint.ChargingProfile.Schedule;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the chargingProfile of a SetChargingProfile request (1.6 csChargingProfiles, 2.0.1 chargingProfile).
 * A payload that breaks the message schema is a CALLERROR (as a charger's JSON validation would answer); a
 * well-formed profile the charger cannot take is {@link Rejected}.
 */
final class ChargingProfileReader {
    private final boolean v16;

    ChargingProfileReader(boolean v16) {
        this.v16 = v16;
    }

    /** A well-formed profile that a real charger refuses; answered with status Rejected and this reason. */
    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason);
        }
    }

    /**
     * @param receivedAt stands in for a missing startSchedule of a 1.6 Absolute profile (optional in 1.6: the
     *                   schedule then starts when it is received)
     */
    ChargingProfile read(int evseId, JsonNode profile, Instant receivedAt) {
        Purpose purpose = Purpose.of(text(profile, "chargingProfilePurpose"), v16)
                .orElseThrow(() -> invalid("chargingProfilePurpose " + profile.path("chargingProfilePurpose")));
        Kind kind = enumOf(Kind.class, text(profile, "chargingProfileKind"), "chargingProfileKind");
        Recurrency recurrency = profile.hasNonNull("recurrencyKind")
                ? enumOf(Recurrency.class, text(profile, "recurrencyKind"), "recurrencyKind") : null;
        if (kind == Kind.RECURRING && recurrency == null) {
            throw new Rejected("a Recurring profile needs a recurrencyKind");
        }
        JsonNode scheduleNode = v16 ? required(profile, "chargingSchedule") : firstSchedule(profile);
        Schedule schedule = schedule(scheduleNode, kind, receivedAt);
        String transactionId = profile.hasNonNull("transactionId") ? profile.get("transactionId").asString() : null;
        return new ChargingProfile(integer(profile, v16 ? "chargingProfileId" : "id"), evseId, purpose, kind,
                recurrency, integer(profile, "stackLevel"), instant(profile, "validFrom"), instant(profile, "validTo"),
                transactionId, schedule);
    }

    private JsonNode firstSchedule(JsonNode profile) {
        JsonNode schedules = required(profile, "chargingSchedule");
        if (!schedules.isArray() || schedules.isEmpty()) {
            throw new RpcException(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION,
                    "chargingSchedule must be a list of 1 to 3 schedules");
        }
        return schedules.get(0);
    }

    private Schedule schedule(JsonNode node, Kind kind, Instant receivedAt) {
        Instant start = instant(node, "startSchedule");
        if (kind == Kind.RELATIVE) {
            if (start != null && !v16) {
                throw new Rejected("a Relative schedule has no startSchedule"); // OCPP 2.0.1 K01.FR.41
            }
            start = null;
        } else if (start == null) {
            if (!v16 || kind == Kind.RECURRING) {
                throw new Rejected(kind + " schedule needs a startSchedule"); // OCPP 2.0.1 K01.FR.40
            }
            start = receivedAt;
        }
        Duration duration = node.hasNonNull("duration") ? Duration.ofSeconds(integer(node, "duration")) : null;
        RateUnit unit = enumOf(RateUnit.class, text(node, "chargingRateUnit"), "chargingRateUnit");
        List<Period> periods = new ArrayList<>();
        for (JsonNode period : required(node, "chargingSchedulePeriod")) {
            double limit = required(period, "limit").asDouble();
            if (limit < 0) {
                throw new Rejected("a limit cannot be negative");
            }
            Integer phases = period.hasNonNull("numberPhases") ? integer(period, "numberPhases") : null;
            if (phases != null && (phases < 1 || phases > 3)) {
                throw new Rejected("numberPhases must be 1..3, was " + phases);
            }
            periods.add(new Period(integer(period, "startPeriod"), limit, phases));
        }
        if (periods.isEmpty() || periods.getFirst().startPeriodSeconds() != 0) {
            throw new Rejected("the first period must start at 0"); // OCPP 2.0.1 K01.FR.31
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).startPeriodSeconds() <= periods.get(i - 1).startPeriodSeconds()) {
                throw new Rejected("periods must be in increasing startPeriod order"); // OCPP 2.0.1 K01.FR.35
            }
        }
        return new Schedule(start, duration, unit, periods);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new RpcException(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, field + " is required");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isString()) {
            throw new RpcException(RpcError.TYPE_CONSTRAINT_VIOLATION, field + " must be a string");
        }
        return value.asString();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isIntegralNumber()) {
            throw new RpcException(RpcError.TYPE_CONSTRAINT_VIOLATION, field + " must be an integer");
        }
        return value.asInt();
    }

    private static Instant instant(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            return null;
        }
        try {
            return Instant.parse(node.get(field).asString());
        } catch (DateTimeParseException e) {
            throw new RpcException(RpcError.TYPE_CONSTRAINT_VIOLATION, field + " is not a date-time");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String literal, String field) {
        for (E constant : type.getEnumConstants()) {
            // The wire literals are the constant names in title case: Absolute, Daily, A, W.
            String name = constant.name();
            if ((name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT)).equals(literal)) {
                return constant;
            }
        }
        throw invalid(field + " " + literal);
    }

    private static RpcException invalid(String what) {
        return new RpcException(RpcError.PROPERTY_CONSTRAINT_VIOLATION, "unknown " + what);
    }
}
