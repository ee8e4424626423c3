package io.busbar.chargers;

import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/** Operators' view of chargers: register, approve, find, list. */
public interface ChargerRegistry {
    /**
     * Registers a charger of the tenant; its site, if any, must be the tenant's.
     *
     * @throws ChargerAlreadyRegisteredException if the identity exists (identities are unique across tenants:
     *                                           the OCPP endpoint is shared)
     * @throws IllegalArgumentException          for a site the tenant does not have
     */
    Charger register(TenantId tenant, RegisterCharger command);

    /** Registers a charger of the default tenant (the platform operator's own). */
    default Charger register(RegisterCharger command) {
        return register(TenantId.DEFAULT, command);
    }

    /** The tenant owning the charger, if it exists. Cheap: asked on every connect and event. */
    default Optional<TenantId> tenantOf(ChargerIdentity identity) {
        return find(identity).map(Charger::tenant);
    }

    /** PENDING or REJECTED → ACCEPTED. @throws ChargerNotFoundException */
    Charger approve(ChargerIdentity identity);

    /** → REJECTED: its next boot is answered Rejected. @throws ChargerNotFoundException */
    Charger reject(ChargerIdentity identity);

    /** Sets or clears (null) the Basic-auth password; stored hashed. @throws ChargerNotFoundException */
    void changePassword(ChargerIdentity identity, String password);

    Optional<Charger> find(ChargerIdentity identity);

    /** The charger, which must exist. @throws ChargerNotFoundException */
    default Charger require(ChargerIdentity identity) {
        return find(identity).orElseThrow(() -> new ChargerNotFoundException(identity));
    }

    /** Ordered by identity; {@code after} is an exclusive cursor (identity), null for the first page. */
    List<Charger> list(ChargerFilter filter, String after, int limit);

    /** @param tenant null: every tenant's chargers (Busbar's own jobs only; callers' views always name one) */
    record ChargerFilter(TenantId tenant, SiteId siteId, RegistrationStatus registration, Boolean online) {
        public static final ChargerFilter ALL = new ChargerFilter(null, null, null, null);

        /** Every tenant's chargers matching the rest. */
        public ChargerFilter(SiteId siteId, RegistrationStatus registration, Boolean online) {
            this(null, siteId, registration, online);
        }

        public ChargerFilter ofTenant(TenantId only) {
            return new ChargerFilter(only, siteId, registration, online);
        }
    }
}
