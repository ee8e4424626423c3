package io.busbar.locallists;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;

/**
 * What Busbar knows of one charger's local list. {@code version} is the version number of the last update Busbar
 * sent (0: none yet); {@code acceptedVersion} the last one the charger accepted; {@code reportedVersion} what the
 * charger said when last asked (GetLocalListVersion), with {@code reportedAt}. {@code lastResult} is the charger's
 * answer to the last update as sent (Accepted, VersionMismatch...) or why there was none (OFFLINE, TIMEOUT,
 * CALL_ERROR...), with {@code lastUpdateType}, {@code lastEntries} (how many entries it carried), {@code lastError}
 * and {@code lastAttemptAt}.
 */
public record LocalListState(ChargerIdentity charger, boolean enabled, SyncState syncState, int version,
                             Integer acceptedVersion, Integer reportedVersion, Instant reportedAt,
                             SendLocalList.UpdateType lastUpdateType, Integer lastEntries, String lastResult,
                             String lastError, Instant lastAttemptAt) {
    public static LocalListState never(ChargerIdentity charger) {
        return new LocalListState(charger, false, SyncState.DISABLED, 0, null, null, null, null, null, null, null,
                null);
    }
}
