package io.busbar.authorization;

/** Kinds of identifier (OCPP 2.0.1 IdTokenEnumType; a 1.6 idTag is taken as {@link #ISO14443} unless known). */
public enum IdTokenType {
    ISO14443, ISO15693, EMAID, CENTRAL, LOCAL, KEY_CODE, MAC_ADDRESS, NO_AUTHORIZATION
}
