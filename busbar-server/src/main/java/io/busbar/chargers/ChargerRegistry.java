package io.busbar.chargers;

import java.util.List;
import java.util.Optional;

/** Operators' view of chargers: register, approve, find, list. */
public interface ChargerRegistry {
    /** @throws ChargerAlreadyRegisteredException if the identity exists */
    Charger register(RegisterCharger command);

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

    record ChargerFilter(SiteId siteId, RegistrationStatus registration, Boolean online) {
        public static final ChargerFilter ALL = new ChargerFilter(null, null, null);
    }
}
