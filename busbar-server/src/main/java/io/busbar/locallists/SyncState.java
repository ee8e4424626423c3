package io.busbar.locallists;

/**
 * How a charger's local list compares with the token registry. DISABLED: Busbar keeps no list there. IN_SYNC: the
 * charger accepted the last update. OUT_OF_SYNC: an update could not be delivered or was refused; the next one is a
 * FULL list (on the next token change, when the charger comes back online, or on demand). NOT_SUPPORTED: the
 * charger answered NotSupported (1.6) or a CALLERROR NotSupported/NotImplemented; Busbar stops sending until asked.
 */
public enum SyncState {
    DISABLED, IN_SYNC, OUT_OF_SYNC, NOT_SUPPORTED
}
