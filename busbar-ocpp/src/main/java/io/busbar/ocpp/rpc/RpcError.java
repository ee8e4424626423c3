package io.busbar.ocpp.rpc;

/**
 * Kinds of RPC failure, each with the literal error code of each OCPP version.
 *
 * <p>OCPP-J 1.6 §4.2.3 spells two codes differently from 2.0.1: {@code FormationViolation} and the
 * misspelt {@code OccurenceConstraintViolation}; 1.6 has no {@code RpcFrameworkError} nor
 * {@code MessageTypeNotSupported}, so frames that are not valid RPC answer {@code FormationViolation}
 * and {@code ProtocolError} there.
 */
public enum RpcError {
    /** The frame is not a JSON array of the RPC shape, or its message id cannot be read. */
    RPC_FRAMEWORK("FormationViolation", "RpcFrameworkError"),
    /** The payload is syntactically wrong (not a JSON object, for example). */
    FORMAT_VIOLATION("FormationViolation", "FormatViolation"),
    /** A MessageTypeId other than 2, 3 or 4. */
    MESSAGE_TYPE_NOT_SUPPORTED("ProtocolError", "MessageTypeNotSupported"),
    /** The action is unknown to the receiver. */
    NOT_IMPLEMENTED("NotImplemented", "NotImplemented"),
    /** The action is known but not supported. */
    NOT_SUPPORTED("NotSupported", "NotSupported"),
    /** A required field is missing (or a field appears that the schema does not allow). */
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    /** A field has the wrong JSON type (a string where a number is due, for example). */
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", "TypeConstraintViolation"),
    /** A field is of the right type but its value is out of range: too long, negative, not an enum literal. */
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", "PropertyConstraintViolation"),
    /** The payload does not conform to the PDU structure. */
    PROTOCOL_ERROR("ProtocolError", "ProtocolError"),
    /** Not allowed now, e.g. a message before the charger was accepted (OCPP 2.0.1 B02.FR.09). */
    SECURITY_ERROR("SecurityError", "SecurityError"),
    /** Busbar failed while handling an otherwise valid message. */
    INTERNAL_ERROR("InternalError", "InternalError"),
    GENERIC_ERROR("GenericError", "GenericError");

    private final String ocpp16Code;
    private final String ocpp201Code;

    RpcError(String ocpp16Code, String ocpp201Code) {
        this.ocpp16Code = ocpp16Code;
        this.ocpp201Code = ocpp201Code;
    }

    public String code(OcppVersion version) {
        return version == OcppVersion.V16 ? ocpp16Code : ocpp201Code;
    }
}
