package io.busbar.api.locallists;

import io.busbar.locallists.LocalListState;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The published JSON of a charger's local authorization list. */
final class LocalListDtos {
    static final String ENABLE_EXAMPLE = """
            {"enabled": true}""";
    static final String STATE_EXAMPLE = """
            {"charger": "CP-0001", "enabled": true, "syncState": "IN_SYNC", "version": 7, "acceptedVersion": 7,
             "reportedVersion": 7, "reportedAt": "2026-11-27T09:05:00Z", "lastUpdateType": "DIFFERENTIAL",
             "lastEntries": 1, "lastResult": "Accepted", "lastError": null, "lastAttemptAt": "2026-11-27T09:04:10Z"}""";

    private LocalListDtos() {
    }

    record EnableRequest(@Schema(description = "true: keep this charger's list in sync; false: clear it and stop")
                         @NotNull Boolean enabled) {
    }

    record LocalListResponse(
            String charger, boolean enabled,
            @Schema(description = "DISABLED, IN_SYNC, OUT_OF_SYNC (the next update is a full list), NOT_SUPPORTED")
            String syncState,
            @Schema(description = "Version number of the last update Busbar sent (0: none)") int version,
            @Schema(description = "Last version the charger accepted", nullable = true) Integer acceptedVersion,
            @Schema(description = "What the charger reported when last asked (POST .../local-list/version)",
                    nullable = true) Integer reportedVersion,
            Instant reportedAt,
            @Schema(description = "FULL or DIFFERENTIAL", nullable = true) String lastUpdateType,
            Integer lastEntries,
            @Schema(description = "The charger's answer (Accepted, Failed, NotSupported, VersionMismatch) or why "
                    + "there was none (OFFLINE, TIMEOUT, CALL_ERROR, INVALID)", nullable = true) String lastResult,
            String lastError, Instant lastAttemptAt) {
        static LocalListResponse of(LocalListState s) {
            return new LocalListResponse(s.charger().value(), s.enabled(), s.syncState().name(), s.version(),
                    s.acceptedVersion(), s.reportedVersion(), s.reportedAt(),
                    s.lastUpdateType() == null ? null : s.lastUpdateType().name(), s.lastEntries(), s.lastResult(),
                    s.lastError(), s.lastAttemptAt());
        }
    }
}
