package io.busbar.api.problems;

import io.busbar.chargers.ChargerIdentity;

/** Turns request values into typed ids, or a 400 problem naming the field. */
public final class RequestValues {
    private RequestValues() {
    }

    /** The charger identity in {@code value}; null when absent (an optional filter). */
    public static ChargerIdentity charger(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return new ChargerIdentity(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must have 1 to 48 characters");
        }
    }
}
