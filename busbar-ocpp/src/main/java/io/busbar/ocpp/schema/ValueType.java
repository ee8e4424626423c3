package io.busbar.ocpp.schema;

import tools.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * How one Java type maps to JSON: read (with the schema checks of its JSON type), write, and check an
 * outgoing value. Implementations are immutable and shared by all threads.
 */
sealed interface ValueType permits TextValue, IntegralValue, DecimalValue, BooleanValue, InstantValue,
        EnumValue, RecordValue, ListValue, TreeValue {

    /** Reads a present, non-null node; throws {@link Violation} with no path (the caller adds it). */
    Object read(JsonNode node, Constraints constraints);

    JsonNode write(Object value);

    /** Checks an outgoing non-null value against the constraints; throws {@link Violation}. */
    void check(Object value, Constraints constraints);

    /** Builds the metadata of every nested type now, so unsupported types fail at start-up, not per message. */
    default void resolve(Set<Class<?>> visited) {
    }

    static ValueType of(Type type, String where) {
        if (type instanceof Class<?> raw) {
            if (raw == String.class) {
                return TextValue.INSTANCE;
            }
            if (raw == Integer.class || raw == int.class) {
                return IntegralValue.INT;
            }
            if (raw == Long.class || raw == long.class) {
                return IntegralValue.LONG;
            }
            if (raw == BigDecimal.class) {
                return DecimalValue.INSTANCE;
            }
            if (raw == Boolean.class || raw == boolean.class) {
                return BooleanValue.INSTANCE;
            }
            if (raw == Instant.class) {
                return InstantValue.INSTANCE;
            }
            if (raw == JsonNode.class) {
                return TreeValue.INSTANCE;
            }
            if (raw.isEnum()) {
                return new EnumValue(EnumLiterals.of(raw.asSubclass(Enum.class)));
            }
            if (raw.isRecord()) {
                return new RecordValue(raw);
            }
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return new ListValue(of(parameterized.getActualTypeArguments()[0], where + "[]"));
        }
        throw new IllegalArgumentException("Unsupported type " + type.getTypeName() + " at " + where
                + " (supported: String, Integer, Long, BigDecimal, Boolean, Instant, JsonNode, enums, records, List)");
    }
}
