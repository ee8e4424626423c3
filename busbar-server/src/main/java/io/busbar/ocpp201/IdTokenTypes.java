package io.busbar.ocpp201;

import io.busbar.commands.InvalidCommandException;
import io.busbar.ocpp.v201.IdToken;
import io.busbar.ocpp.v201.IdTokenType;

/** Version-neutral token types (by {@link io.busbar.authorization.IdTokenType} name) as 2.0.1 IdTokenEnumType. */
final class IdTokenTypes {
    private IdTokenTypes() {
    }

    /** @param neutralType an {@link io.busbar.authorization.IdTokenType} name; null means ISO14443 */
    static IdToken idToken(String value, String neutralType) {
        return new IdToken(null, value, type(neutralType));
    }

    static IdTokenType type(String neutralType) {
        if (neutralType == null) {
            return IdTokenType.ISO14443;
        }
        io.busbar.authorization.IdTokenType type;
        try {
            type = io.busbar.authorization.IdTokenType.valueOf(neutralType);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("Unknown id token type " + neutralType + "; known: "
                    + java.util.Arrays.toString(io.busbar.authorization.IdTokenType.values()));
        }
        return switch (type) {
            case ISO14443 -> IdTokenType.ISO14443;
            case ISO15693 -> IdTokenType.ISO15693;
            case EMAID -> IdTokenType.E_MAID;
            case CENTRAL -> IdTokenType.CENTRAL;
            case LOCAL -> IdTokenType.LOCAL;
            case KEY_CODE -> IdTokenType.KEY_CODE;
            case MAC_ADDRESS -> IdTokenType.MAC_ADDRESS;
            case NO_AUTHORIZATION -> IdTokenType.NO_AUTHORIZATION;
        };
    }
}
