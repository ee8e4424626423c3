package io.busbar.authorization;

public class IdTokenNotFoundException extends RuntimeException {
    /** @param masked the token as {@link IdToken#masked()} shows it: never a full card number in a message */
    public IdTokenNotFoundException(String masked) {
        super("No id token " + masked);
    }
}
