package io.busbar.drivers;

import io.busbar.platform.Password;

import io.busbar.tenants.TenantId;

/** Forgotten passwords: a one-time link by e-mail, then a new password. */
public interface PasswordResets {
    /**
     * E-mails a one-time link (valid 30 minutes) when the tenant has a driver with this address; does nothing
     * visible otherwise. Returns at once either way: the mail is sent in the background, so neither the answer nor
     * its timing tells whether the address is known.
     */
    void request(TenantId tenant, String email);

    /**
     * Sets the new password, spends the token, and revokes every refresh token of the driver.
     *
     * @throws ResetLinkInvalidException when the token is unknown, used, expired or of another tenant
     */
    void confirm(TenantId tenant, String token, Password newPassword);
}
