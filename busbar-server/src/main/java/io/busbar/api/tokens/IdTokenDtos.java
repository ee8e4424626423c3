package io.busbar.api.tokens;

import io.busbar.authorization.IdTokenType;
import io.busbar.authorization.TokenRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The published JSON of the id-token registry. Token values appear in clear here (operators manage them);
 * everywhere else the API masks them.
 */
final class IdTokenDtos {
    /** OCPP 2.0.1 IdTokenType.idToken and groupIdToken hold at most 36 characters (1.6 idTag: 20). */
    static final int MAX_TOKEN_LENGTH = 36;

    static final String CREATE_EXAMPLE = """
            {"value": "04A2B3C4D5E6F7", "type": "ISO14443", "label": "Fleet card 17", "blocked": false,
             "expiresAt": "2026-12-31T23:00:00Z", "groupId": "FLEET-ACME"}""";
    static final String PATCH_EXAMPLE = """
            {"blocked": true, "expiresAt": null}""";
    static final String TOKEN_EXAMPLE = """
            {"value": "04A2B3C4D5E6F7", "type": "ISO14443", "label": "Fleet card 17", "blocked": false,
             "expiresAt": "2026-12-31T23:00:00Z", "groupId": "FLEET-ACME", "createdAt": "2025-02-01T12:00:00Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + TOKEN_EXAMPLE + "], \"next\": \"04A2B3C4D5E6F7\"}";

    private IdTokenDtos() {
    }

    record CreateIdTokenRequest(
            @Schema(description = "The identifier as the charger reports it, e.g. an RFID UID in hex")
            @NotBlank @Size(max = MAX_TOKEN_LENGTH) String value,
            @Schema(description = "ISO14443 when absent") IdTokenType type,
            @Size(max = 100) String label,
            @Schema(description = "false when absent") Boolean blocked,
            @Schema(description = "No expiry when absent") Instant expiresAt,
            @Schema(description = "Group (1.6 parentIdTag, 2.0.1 groupIdToken)") @Size(max = MAX_TOKEN_LENGTH) String groupId) {
    }

    /**
     * A partial update (JSON merge-patch semantics): an absent field stays as it is; {@code "expiresAt": null}
     * removes the expiry. A class rather than a record so that an explicit null can be told from an absent field.
     */
    @Schema(name = "IdTokenChanges", example = PATCH_EXAMPLE)
    static final class IdTokenChanges {
        @Size(max = 100)
        private String label;
        private Boolean blocked;
        @Schema(description = "null removes the expiry", nullable = true)
        private Instant expiresAt;
        private boolean expiryGiven;
        @Size(max = MAX_TOKEN_LENGTH)
        private String groupId;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public Boolean getBlocked() {
            return blocked;
        }

        public void setBlocked(Boolean blocked) {
            this.blocked = blocked;
        }

        public Instant getExpiresAt() {
            return expiresAt;
        }

        public void setExpiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            this.expiryGiven = true;
        }

        public String getGroupId() {
            return groupId;
        }

        public void setGroupId(String groupId) {
            this.groupId = groupId;
        }

        /** True when the body named {@code expiresAt} as null: remove the expiry. */
        boolean clearsExpiry() {
            return expiryGiven && expiresAt == null;
        }
    }

    record IdTokenResponse(String value, IdTokenType type, String label, boolean blocked, Instant expiresAt,
                           String groupId, Instant createdAt) {
        static IdTokenResponse of(TokenRecord token) {
            return new IdTokenResponse(token.token().value(), token.token().type(), token.label(), token.blocked(),
                    token.expiresAt(), token.groupId(), token.createdAt());
        }
    }
}
