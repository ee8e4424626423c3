package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

/**
 * Turns an untyped payload into a typed message record after checking it against the record's declared
 * constraints, and back. Each violation becomes the {@link RpcException} whose CALLERROR the spec
 * prescribes (missing required field: OccurrenceConstraintViolation; wrong JSON type:
 * TypeConstraintViolation; value out of range, too long or not an enum literal: PropertyConstraintViolation).
 *
 * <p>Message types are records whose components are {@code String}, {@code Integer}/{@code int},
 * {@code Long}/{@code long}, {@code BigDecimal}, {@code Boolean}/{@code boolean}, {@code Instant}, enums
 * (literal from {@code @JsonProperty} on each constant), nested records, {@code JsonNode} (any value, kept as
 * is) and {@code List}s of those. A component's JSON name is its own name unless it carries
 * {@code @JsonProperty}. Absent optional components are {@code null}; lists are unmodifiable.
 * On a {@code List} component, {@link MaxLength}, {@link Min} and {@link Max} constrain each item.
 *
 * <p>Metadata is built once per type and cached; instances hold no state and are thread-safe.
 */
public final class PayloadBinder {

    /** Validates {@code payload} against {@code type} and binds it; throws {@link RpcException} on the first violation. */
    public <T> T bind(JsonNode payload, Class<T> type) {
        RecordShape shape = RecordShape.of(type);
        if (payload == null || !payload.isObject()) {
            throw new RpcException(RpcError.FORMAT_VIOLATION,
                    "Payload of " + type.getSimpleName() + " must be a JSON object");
        }
        try {
            return type.cast(shape.read(payload));
        } catch (Violation violation) {
            throw new RpcException(violation.error(), violation.description());
        }
    }

    /**
     * Writes a message record as a JSON object; absent (null) optional fields are omitted. Does not validate:
     * call {@link #validate(Object)} first for messages Busbar builds itself.
     */
    public JsonNode toTree(Object message) {
        return RecordShape.of(message.getClass()).write(message);
    }

    /**
     * Checks a message Busbar is about to send against its own declared constraints (required present,
     * lengths, ranges, item counts), so an invalid message is caught here rather than by the charger.
     *
     * @throws RpcException with {@link RpcError#INTERNAL_ERROR} naming the path of the first violation
     */
    public void validate(Object message) {
        RecordShape shape = RecordShape.of(message.getClass());
        try {
            shape.check(message);
        } catch (Violation violation) {
            throw new RpcException(RpcError.INTERNAL_ERROR,
                    shape.type().getSimpleName() + " is invalid: " + violation.description());
        }
    }

    /**
     * Builds the metadata of {@code type} and every type nested in it now, so a record the binder cannot
     * handle fails at start-up rather than on the first message.
     *
     * @throws IllegalArgumentException naming the unsupported component
     */
    public void requireBindable(Class<?> type) {
        Set<Class<?>> visited = new HashSet<>();
        visited.add(type);
        RecordShape.of(type).resolve(visited);
    }
}
