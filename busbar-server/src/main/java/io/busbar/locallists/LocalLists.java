package io.busbar.locallists;

import io.busbar.chargers.ChargerIdentity;

/**
 * Keeps chargers' local authorization lists in step with the token registry. Operations that talk to the charger
 * block until it answered (callers run on virtual threads) and return the state after; a charger that cannot be
 * reached is left OUT_OF_SYNC rather than failing the call.
 *
 * @throws io.busbar.chargers.ChargerNotFoundException from every method, for an unknown charger
 */
public interface LocalLists {
    LocalListState state(ChargerIdentity charger);

    /**
     * Opts a charger in (sends a FULL list now) or out (sends an empty FULL list, best effort, so that no stale
     * tokens stay usable offline).
     */
    LocalListState enable(ChargerIdentity charger, boolean enabled);

    /** Sends a FULL list now, whatever the sync state (also after NOT_SUPPORTED). */
    LocalListState synchronize(ChargerIdentity charger);

    /**
     * Asks the charger its list version (GetLocalListVersion) and records it.
     *
     * @throws io.busbar.commands.CommandException when the charger cannot answer
     */
    LocalListState queryVersion(ChargerIdentity charger);
}
