package io.busbar.tenants;

import io.busbar.platform.Password;

import java.util.List;
import java.util.Optional;

/** A tenant's operator users. Every operation names the tenant: a user of another tenant does not exist here. */
public interface OperatorUsers {
    /**
     * @throws UserEmailTakenException  when the tenant has a user with that e-mail (case-insensitive)
     * @throws IllegalArgumentException for a malformed e-mail or name
     */
    OperatorUser create(TenantId tenant, String email, String name, Role role, Password password);

    Optional<OperatorUser> find(TenantId tenant, UserId id);

    /** Which tenant a user belongs to, for ownership checks. */
    Optional<TenantId> ownerOf(UserId id);

    /** By creation. */
    List<OperatorUser> list(TenantId tenant);

    /**
     * Changes the role and/or disables or re-enables the user (null leaves it as it is). Disabling ends every
     * session of the user at once.
     *
     * @throws UserNotFoundException when the tenant has no such user
     */
    OperatorUser change(TenantId tenant, UserId id, Role role, Boolean disabled);

    /**
     * Sets a new password and ends every session of the user (whoever held the old one is signed out).
     *
     * @throws UserNotFoundException when the tenant has no such user
     */
    void setPassword(TenantId tenant, UserId id, Password password);
}
