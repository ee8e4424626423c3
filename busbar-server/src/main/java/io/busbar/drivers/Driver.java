package io.busbar.drivers;

import io.busbar.accounts.AccountId;
import io.busbar.tenants.TenantId;

import java.time.Instant;

/**
 * A driver as the app and the operator see it: never the password or its hash.
 *
 * @param email    as given at sign-up; unique per tenant regardless of case
 * @param account  the billing account the driver's tokens charge on (the wallet)
 * @param appToken the id token (type CENTRAL) sessions started from the app run under
 */
public record Driver(DriverId id, TenantId tenant, String email, String name, AccountId account, String appToken,
                     Instant createdAt) {
}
