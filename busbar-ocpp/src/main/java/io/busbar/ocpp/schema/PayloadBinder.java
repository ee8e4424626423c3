package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcException;
import tools.jackson.databind.JsonNode;

/**
 * Turns an untyped payload into a typed message record after checking it against the record's declared
 * constraints, and back. Each violation becomes the {@link RpcException} whose CALLERROR the spec
 * prescribes (missing required field: OccurrenceConstraintViolation; wrong JSON type:
 * TypeConstraintViolation; value out of range, too long or not an enum literal: PropertyConstraintViolation).
 */
public final class PayloadBinder {

    /** Validates {@code payload} against {@code type} and binds it; throws {@link RpcException} on the first violation. */
    public <T> T bind(JsonNode payload, Class<T> type) {
        throw new UnsupportedOperationException("implemented on branch ocpp-lib");
    }

    /** Writes a message record as a JSON object; absent (null) optional fields are omitted. */
    public JsonNode toTree(Object message) {
        throw new UnsupportedOperationException("implemented on branch ocpp-lib");
    }
}
