package io.busbar.api.tariffs;

import io.busbar.tariffs.AssignmentScope;
import io.busbar.tariffs.TariffAssignment;
import io.busbar.tariffs.TariffResolution;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** The published JSON of tariff assignments and of "which tariff applies here". */
final class AssignmentDtos {
    static final String ASSIGN_EXAMPLE = """
            {"tariffId": "retail", "scope": "SITE", "target": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44",
             "validFrom": "2025-03-01T00:00:00Z", "validTo": null}""";
    static final String ASSIGNMENT_EXAMPLE = """
            {"id": "0d9e3c1a-6b1f-4c53-a1e2-7f6a0b9c8d21", "tariffId": "retail", "scope": "SITE",
             "target": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "validFrom": "2025-03-01T00:00:00Z", "validTo": null,
             "createdAt": "2025-02-27T10:00:00Z", "closedAt": null}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + ASSIGNMENT_EXAMPLE + "], \"next\": null}";
    static final String CLOSE_EXAMPLE = """
            {"validTo": "2025-06-01T00:00:00Z"}""";
    static final String RESOLUTION_EXAMPLE = """
            {"tariffId": "retail", "tariffVersion": 2, "scope": "SITE", "assignmentId": "0d9e3c1a-6b1f-4c53-a1e2-7f6a0b9c8d21",
             "at": "2025-03-04T09:00:00Z", "timeZone": "Europe/Amsterdam",
             "reason": "EVSE CP-1#1 has no tariff; site 5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44 is assigned tariff retail (version 2) from 2025-03-01T00:00:00Z"}""";

    private AssignmentDtos() {
    }

    record AssignRequest(
            @NotBlank String tariffId,
            @NotNull AssignmentScope scope,
            @Schema(description = "EVSE: \"chargerIdentity#evseId\"; TOKEN_GROUP: group id; SITE: site id; PARTNER: name")
            @NotBlank String target,
            @Schema(description = "inclusive; now when absent") Instant validFrom,
            @Schema(description = "exclusive; open-ended when absent") Instant validTo) {
    }

    @Schema(name = "TariffAssignmentClose")

    record CloseRequest(@Schema(description = "exclusive end; now when absent") Instant validTo) {
    }

    record AssignmentResponse(UUID id, String tariffId, AssignmentScope scope, String target, Instant validFrom,
                              Instant validTo, Instant createdAt, Instant closedAt) {
        static AssignmentResponse of(TariffAssignment a) {
            return new AssignmentResponse(a.id(), a.tariffId().value(), a.scope(), a.target(), a.validFrom(),
                    a.validTo(), a.createdAt(), a.closedAt());
        }
    }

    record ResolutionResponse(String tariffId, int tariffVersion, AssignmentScope scope, UUID assignmentId,
                              Instant at, String timeZone, String reason) {
        static ResolutionResponse of(TariffResolution r) {
            return new ResolutionResponse(r.version().id().value(), r.version().version(),
                    r.assignment() == null ? null : r.assignment().scope(),
                    r.assignment() == null ? null : r.assignment().id(), r.at(), r.zone().getId(), r.reason());
        }
    }
}
