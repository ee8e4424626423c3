package io.busbar.chargers;

import java.util.List;
import java.util.Set;

/** Tags on chargers: operators add and remove them; features (bulk jobs...) select chargers by tag. */
public interface ChargerTags {
    /** Idempotent. @throws ChargerNotFoundException for an unknown charger */
    void add(ChargerIdentity charger, ChargerTag tag);

    /** Idempotent: removing a tag the charger does not have is not an error. @throws ChargerNotFoundException */
    void remove(ChargerIdentity charger, ChargerTag tag);

    /** The charger's tags in alphabetical (byte) order. @throws ChargerNotFoundException */
    List<ChargerTag> of(ChargerIdentity charger);

    /** Every charger that carries at least one of {@code tags}. */
    Set<ChargerIdentity> chargersWithAny(Set<ChargerTag> tags);
}
