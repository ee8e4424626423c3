package io.busbar.authorization;

import io.busbar.tenants.TenantId;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BusbarTest
class IdTokensTest {
    private static final Instant EXPIRY = Instant.parse("2027-01-01T00:00:00Z");

    @Autowired
    IdTokens tokens;

    @Test
    void createdTokenIsFoundWithEveryField() {
        TokenRecord created = tokens.create(TenantId.DEFAULT, new IdToken("EMAID-NL-TNM-000001", IdTokenType.EMAID), "Contract",
                false, EXPIRY, "ROAMING");

        assertThat(tokens.find("EMAID-NL-TNM-000001")).contains(created);
        assertThat(created.token().type()).isEqualTo(IdTokenType.EMAID);
        assertThat(created.label()).isEqualTo("Contract");
        assertThat(created.expiresAt()).isEqualTo(EXPIRY);
        assertThat(created.groupId()).isEqualTo("ROAMING");
        assertThat(created.createdAt()).isNotNull();
        assertThat(tokens.find("NOT-THERE")).isEmpty();
    }

    @Test
    void valueCanBeCreatedOnce() {
        tokens.create(TenantId.DEFAULT, IdToken.of("DUP-1"), null, false, null, null);

        assertThatThrownBy(() -> tokens.create(TenantId.DEFAULT, IdToken.of("DUP-1"), "again", false, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("DUP-1");
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        tokens.create(TenantId.DEFAULT, IdToken.of("UPD-1"), "Old label", false, EXPIRY, "G1");

        TokenRecord relabelled = tokens.update("UPD-1", "New label", null, null, false, null);
        assertThat(relabelled).extracting(TokenRecord::label, TokenRecord::blocked, TokenRecord::expiresAt,
                TokenRecord::groupId).containsExactly("New label", false, EXPIRY, "G1");

        TokenRecord moved = tokens.update("UPD-1", null, true, EXPIRY.plusSeconds(60), false, "G2");
        assertThat(moved).extracting(TokenRecord::label, TokenRecord::blocked, TokenRecord::expiresAt,
                TokenRecord::groupId).containsExactly("New label", true, EXPIRY.plusSeconds(60), "G2");

        assertThat(tokens.update("UPD-1", null, null, null, true, null).expiresAt()).isNull();
    }

    @Test
    void badUpdatesAreRefused() {
        tokens.create(TenantId.DEFAULT, IdToken.of("UPD-2"), null, false, null, null);

        assertThatThrownBy(() -> tokens.update("UPD-2", null, null, EXPIRY, true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.update("NO-SUCH-TOKEN", "x", null, null, false, null))
                .isInstanceOf(IdTokenNotFoundException.class)
                .hasMessageNotContaining("NO-SUCH-TOKEN");
    }

    @Test
    void listPagesByValue() {
        for (String value : List.of("PAGE-C", "PAGE-A", "PAGE-B")) {
            tokens.create(TenantId.DEFAULT, IdToken.of(value), null, false, null, null);
        }

        List<TokenRecord> first = tokens.list(TenantId.DEFAULT, "PAGE-", 2);
        List<TokenRecord> second = tokens.list(TenantId.DEFAULT, first.getLast().token().value(), 2);

        assertThat(first).extracting(token -> token.token().value()).containsExactly("PAGE-A", "PAGE-B");
        assertThat(second).extracting(token -> token.token().value()).first().isEqualTo("PAGE-C");
        assertThatThrownBy(() -> tokens.list(TenantId.DEFAULT, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
