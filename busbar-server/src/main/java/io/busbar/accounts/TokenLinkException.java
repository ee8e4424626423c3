package io.busbar.accounts;

/** A token cannot be linked: it is unknown to the token registry, or it already charges on another account. */
public class TokenLinkException extends RuntimeException {
    private final boolean unknownToken;

    public TokenLinkException(String message, boolean unknownToken) {
        super(message);
        this.unknownToken = unknownToken;
    }

    /** True when the token is not registered (the caller should register it first). */
    public boolean unknownToken() {
        return unknownToken;
    }
}
