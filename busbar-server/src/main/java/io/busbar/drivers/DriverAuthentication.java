package io.busbar.drivers;

import io.busbar.platform.Password;

import io.busbar.tenants.TenantId;

import java.util.Optional;

/** Drivers' credentials: passwords in, bearer tokens out. */
public interface DriverAuthentication {
    /**
     * @throws InvalidCredentialsException for an unknown e-mail or a wrong password, alike (same message, and an
     *                                     Argon2 computation either way so timing does not tell them apart)
     */
    TokenPair login(TenantId tenant, String email, Password password);

    /**
     * Rotates the refresh token: the presented one is spent, a new pair comes back. Presenting a spent token again
     * revokes its whole family (RFC 9700 §4.14.2: refresh token rotation with reuse detection).
     *
     * @throws InvalidCredentialsException when unknown, spent, revoked, expired, or of another tenant
     */
    TokenPair refresh(TenantId tenant, String refreshToken);

    /** Revokes the refresh token's family when it belongs to the driver; anything else is ignored (idempotent). */
    void logout(DriverPrincipal driver, String refreshToken);

    /** The driver an access token was issued to, when its signature, issuer and expiry hold. */
    Optional<DriverPrincipal> authenticate(String accessToken);
}
