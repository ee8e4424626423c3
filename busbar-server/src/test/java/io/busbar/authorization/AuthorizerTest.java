package io.busbar.authorization;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/** Each verdict on a token. ActiveSessions (the sessions module's port) is a mock here. */
@BusbarTest
class AuthorizerTest {
    private static final ChargerIdentity CHARGER = new ChargerIdentity("CP-AUTH");
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");

    @Autowired
    Authorizer authorizer;
    @Autowired
    IdTokens tokens;
    @MockitoBean
    ActiveSessions activeSessions;

    @Test
    void registeredTokenIsAcceptedWithItsExpiryAndGroup() {
        tokens.create(TenantId.DEFAULT, IdToken.of("04A1B2C3D4E5F6"), "Fleet card 1", false, NOW.plusSeconds(86_400), "FLEET-A");

        assertThat(authorizer.authorize(IdToken.of("04A1B2C3D4E5F6"), CHARGER, NOW, true))
                .isEqualTo(new AuthorizationResult(AuthorizationStatus.ACCEPTED, NOW.plusSeconds(86_400), "FLEET-A"));
    }

    @Test
    void tokenIsFoundByValueWhateverTypeTheChargerReports() {
        tokens.create(TenantId.DEFAULT, new IdToken("APP-USER-77", IdTokenType.CENTRAL), null, false, null, null);

        assertThat(authorizer.authorize(IdToken.of("APP-USER-77"), CHARGER, NOW, false).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
    }

    @Test
    void unregisteredTokenIsUnknown() {
        assertThat(authorizer.authorize(IdToken.of("DEADBEEF"), CHARGER, NOW, true))
                .isEqualTo(AuthorizationResult.of(AuthorizationStatus.UNKNOWN));
    }

    @Test
    void blockedTokenIsBlocked() {
        tokens.create(TenantId.DEFAULT, IdToken.of("BLOCKED-1"), "Lost card", true, null, null);

        assertThat(authorizer.authorize(IdToken.of("BLOCKED-1"), CHARGER, NOW, true).status())
                .isEqualTo(AuthorizationStatus.BLOCKED);
    }

    @Test
    void tokenExpiresAtItsExpiryInstant() {
        tokens.create(TenantId.DEFAULT, IdToken.of("EXPIRING-1"), null, false, NOW, null);

        assertThat(authorizer.authorize(IdToken.of("EXPIRING-1"), CHARGER, NOW.minusMillis(1), true).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(authorizer.authorize(IdToken.of("EXPIRING-1"), CHARGER, NOW, true).status())
                .isEqualTo(AuthorizationStatus.EXPIRED);
    }

    @Test
    void tokenInAnActiveSessionIsConcurrentTxOnlyForANewSession() {
        tokens.create(TenantId.DEFAULT, IdToken.of("BUSY-1"), null, false, null, "FLEET-B");
        given(activeSessions.hasActiveSession("BUSY-1")).willReturn(true);

        assertThat(authorizer.authorize(IdToken.of("BUSY-1"), CHARGER, NOW, true).status())
                .isEqualTo(AuthorizationStatus.CONCURRENT_TX);
        assertThat(authorizer.authorize(IdToken.of("BUSY-1"), CHARGER, NOW, false).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
    }

    @Test
    void blockingOrUnblockingTakesEffectAtTheNextAuthorization() {
        tokens.create(TenantId.DEFAULT, IdToken.of("TOGGLE-1"), null, false, null, null);
        tokens.update("TOGGLE-1", null, true, null, false, null);
        assertThat(authorizer.authorize(IdToken.of("TOGGLE-1"), CHARGER, NOW, true).status())
                .isEqualTo(AuthorizationStatus.BLOCKED);

        tokens.update("TOGGLE-1", null, false, null, false, null);
        assertThat(authorizer.authorize(IdToken.of("TOGGLE-1"), CHARGER, NOW, true).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
    }
}
