package io.busbar.locallists;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

import java.time.Instant;
import java.util.List;

/**
 * Sends a local authorization list (OCPP 1.6 §5.15, 2.0.1 D01). FULL replaces the charger's list (no entries
 * empties it); DIFFERENTIAL adds or updates the entries that have a status and removes those without one.
 * {@code versionNumber} is the list's version once applied (above 0). Answer: Accepted, Failed, NotSupported (1.6
 * only) or VersionMismatch (a differential update whose version is not above the charger's).
 */
public record SendLocalList(int versionNumber, UpdateType updateType, List<Entry> entries)
        implements ChargerCommand<CommandStatus> {
    public SendLocalList {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public enum UpdateType {
        FULL, DIFFERENTIAL
    }

    /**
     * One token. {@code idTokenType} an {@link io.busbar.authorization.IdTokenType} name (ISO14443 when null);
     * {@code status} an authorization status literal (Accepted, Blocked, Expired, Invalid...) or null to remove the
     * token in a DIFFERENTIAL update; {@code expiresAt} how long the charger may use the entry; {@code groupIdToken}
     * the token's group (1.6 parentIdTag).
     */
    public record Entry(String idToken, String idTokenType, String status, Instant expiresAt, String groupIdToken) {
    }
}
