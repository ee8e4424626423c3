package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A JSON date-time string as a UTC {@link Instant}. Reading accepts any RFC 3339 offset ({@code Z}, {@code +02:00})
 * and fractional seconds; a local time without an offset is rejected because it names no instant.
 * Writing uses UTC with {@code Z} and at most millisecond precision, as the spec's examples do.
 */
record InstantValue() implements ValueType {
    static final InstantValue INSTANCE = new InstantValue();

    @Override
    public Object read(JsonNode node, Constraints constraints) {
        if (!node.isString()) {
            throw TypeMismatch.expected("date-time string", node);
        }
        String text = node.asString();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new Violation(RpcError.PROPERTY_CONSTRAINT_VIOLATION,
                    Violation.quote(text) + " is not an ISO-8601 date-time with offset");
        }
    }

    @Override
    public JsonNode write(Object value) {
        return JsonNodeFactory.instance.stringNode(((Instant) value).truncatedTo(ChronoUnit.MILLIS).toString());
    }

    @Override
    public void check(Object value, Constraints constraints) {
    }
}
