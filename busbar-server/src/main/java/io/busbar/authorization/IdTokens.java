package io.busbar.authorization;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The token registry operators manage. */
public interface IdTokens {
    /**
     * Registers a token of the tenant. Values are unique across tenants (sessions, account links and payments name
     * a token by its value alone).
     *
     * @throws IllegalStateException if the value exists, whichever tenant has it
     */
    TokenRecord create(TenantId tenant, IdToken token, String label, boolean blocked, Instant expiresAt,
                       String groupId);

    /** The token with this value, whichever tenant owns it: for Busbar's own jobs. */
    Optional<TokenRecord> find(String value);

    /** The tenant's token with this value; another tenant's is not found. */
    default Optional<TokenRecord> find(TenantId tenant, String value) {
        return find(value).filter(token -> token.tenant().equals(tenant));
    }

    /**
     * Null arguments leave the field unchanged, except {@code clearExpiry}.
     *
     * @throws IdTokenNotFoundException if there is no such token
     */
    TokenRecord update(String value, String label, Boolean blocked, Instant expiresAt, boolean clearExpiry, String groupId);

    /** The tenant's tokens ordered by value; {@code after} an exclusive cursor. */
    List<TokenRecord> list(TenantId tenant, String after, int limit);
}
