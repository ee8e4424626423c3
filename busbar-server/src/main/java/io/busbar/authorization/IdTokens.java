package io.busbar.authorization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The token registry operators manage. */
public interface IdTokens {
    /** @throws IllegalStateException if the value exists */
    TokenRecord create(IdToken token, String label, boolean blocked, Instant expiresAt, String groupId);

    Optional<TokenRecord> find(String value);

    /**
     * Null arguments leave the field unchanged, except {@code clearExpiry}.
     *
     * @throws IdTokenNotFoundException if there is no such token
     */
    TokenRecord update(String value, String label, Boolean blocked, Instant expiresAt, boolean clearExpiry, String groupId);

    /** Ordered by value; {@code after} an exclusive cursor. */
    List<TokenRecord> list(String after, int limit);
}
