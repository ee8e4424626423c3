package io.busbar.authorization;

import java.util.Objects;

/** An identifier presented to charge. Tokens are looked up by value; toString masks all but the last 4 characters. */
public record IdToken(String value, IdTokenType type) {
    public IdToken {
        Objects.requireNonNull(value, "value");
        if (value.length() > 255) {
            throw new IllegalArgumentException("An id token has at most 255 characters");
        }
        type = type == null ? IdTokenType.ISO14443 : type;
    }

    public static IdToken of(String value) {
        return new IdToken(value, IdTokenType.ISO14443);
    }

    /** For logs and lists: never show a full card number. */
    public String masked() {
        return value.length() <= 4 ? "****" : "*".repeat(Math.min(value.length() - 4, 8)) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return type + ":" + masked();
    }
}
