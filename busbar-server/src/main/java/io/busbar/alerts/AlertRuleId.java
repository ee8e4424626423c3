package io.busbar.alerts;

import java.util.Objects;
import java.util.UUID;

public record AlertRuleId(UUID value) {
    public AlertRuleId {
        Objects.requireNonNull(value, "value");
    }

    public static AlertRuleId random() {
        return new AlertRuleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
