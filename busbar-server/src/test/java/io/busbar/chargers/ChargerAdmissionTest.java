package io.busbar.chargers;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Admission at the WebSocket upgrade and the accepted gate, under the default policy (pending). */
@BusbarTest
class ChargerAdmissionTest {
    private static final ChargerDescription ABB = new ChargerDescription("ABB", "Terra AC", "SN-1", "1.0", null, null,
            null, null);

    @Autowired
    ChargerAccess access;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    ChargerBoots boots;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registeredChargerWithPasswordIsAdmittedOnlyWithThatPassword() {
        ChargerIdentity identity = new ChargerIdentity("CP-PASSWORD");
        registry.register(new RegisterCharger(identity, "s3cret-0123456789abcdef", null, "Bay 1"));

        assertThat(access.admit(identity, "s3cret-0123456789abcdef")).isEqualTo(Admission.ACCEPT);
        assertThat(access.admit(identity, "s3cret-0123456789abcdeF")).isEqualTo(Admission.UNAUTHORIZED);
        assertThat(access.admit(identity, "")).isEqualTo(Admission.UNAUTHORIZED);
        assertThat(access.admit(identity, null)).isEqualTo(Admission.UNAUTHORIZED);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void passwordsNeverReachTheLog(CapturedOutput output) {
        ChargerIdentity identity = new ChargerIdentity("CP-QUIET");
        registry.register(new RegisterCharger(identity, "first-secret-0123456789", null, null));
        registry.changePassword(identity, "second-secret-0123456789");

        access.admit(identity, "guessed-secret-0123456789");
        access.admit(identity, "second-secret-0123456789");

        assertThat(output.getAll()).contains("CP-QUIET")
                .doesNotContain("first-secret", "second-secret", "guessed-secret");
    }

    @Test
    void registeredChargerWithoutPasswordIsAdmittedWithOrWithoutOne() {
        ChargerIdentity identity = new ChargerIdentity("CP-NO-PASSWORD");
        registry.register(new RegisterCharger(identity, null, null, null));

        assertThat(access.admit(identity, null)).isEqualTo(Admission.ACCEPT);
        assertThat(access.admit(identity, "anything")).isEqualTo(Admission.ACCEPT);
    }

    @Test
    void changedPasswordReplacesTheOldOneAndClearingItAdmitsWithout() {
        ChargerIdentity identity = new ChargerIdentity("CP-ROTATED");
        registry.register(new RegisterCharger(identity, "first-password-0123", null, null));

        registry.changePassword(identity, "second-password-0123");
        assertThat(access.admit(identity, "first-password-0123")).isEqualTo(Admission.UNAUTHORIZED);
        assertThat(access.admit(identity, "second-password-0123")).isEqualTo(Admission.ACCEPT);

        registry.changePassword(identity, null);
        assertThat(access.admit(identity, null)).isEqualTo(Admission.ACCEPT);
        assertThat(registry.find(identity).orElseThrow().hasPassword()).isFalse();
    }

    @Test
    void unknownChargerIsAdmittedButNotAcceptedUnderPendingPolicy() {
        ChargerIdentity identity = new ChargerIdentity("CP-STRANGER");

        assertThat(access.admit(identity, null)).isEqualTo(Admission.ACCEPT);
        assertThat(access.isAccepted(identity)).isFalse();
    }

    @Test
    void unknownChargerBootsPendingUntilAnOperatorApprovesIt() {
        ChargerIdentity identity = new ChargerIdentity("CP-NEW");
        Instant at = Instant.parse("2026-11-23T10:00:00Z");

        BootDecision first = boots.boot(identity, ABB, "ocpp2.0.1", at);
        assertThat(first.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(first.heartbeatInterval()).hasSeconds(300);
        assertThat(access.isAccepted(identity)).isFalse();

        registry.approve(identity);
        assertThat(access.isAccepted(identity)).isTrue();
        assertThat(boots.boot(identity, ABB, "ocpp2.0.1", at.plusSeconds(60)).status())
                .isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void rejectedChargerStaysRejectedAcrossBoots() {
        ChargerIdentity identity = new ChargerIdentity("CP-BANNED");
        registry.register(new RegisterCharger(identity, null, null, null));
        assertThat(access.isAccepted(identity)).isTrue();

        registry.reject(identity);

        assertThat(access.isAccepted(identity)).isFalse();
        assertThat(boots.boot(identity, ABB, "ocpp1.6", Instant.parse("2026-11-23T10:00:00Z")).status())
                .isEqualTo(RegistrationStatus.REJECTED);
        assertThat(boots.boot(identity, ABB, "ocpp1.6", Instant.parse("2026-11-23T10:05:00Z")).status())
                .isEqualTo(RegistrationStatus.REJECTED);
        assertThat(access.isAccepted(identity)).isFalse();
    }

    @Test
    void approvalWrittenByAnotherNodeIsSeenAtOnce() {
        ChargerIdentity identity = new ChargerIdentity("CP-OTHER-NODE");
        boots.boot(identity, ABB, "ocpp1.6", Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(access.isAccepted(identity)).isFalse();

        setRegistrationInDatabase(identity, RegistrationStatus.ACCEPTED);

        assertThat(access.isAccepted(identity)).isTrue();
    }

    @Test
    void rejectionWrittenByAnotherNodeIsSeenAtTheChargersNextBoot() {
        ChargerIdentity identity = new ChargerIdentity("CP-REJECTED-ELSEWHERE");
        registry.register(new RegisterCharger(identity, null, null, null));
        assertThat(access.isAccepted(identity)).isTrue();

        setRegistrationInDatabase(identity, RegistrationStatus.REJECTED);

        assertThat(boots.boot(identity, ABB, "ocpp1.6", Instant.parse("2026-11-23T10:00:00Z")).status())
                .isEqualTo(RegistrationStatus.REJECTED);
        assertThat(access.isAccepted(identity)).isFalse();
    }

    /** What an operator's action on another Busbar node sharing the database leaves behind. */
    private void setRegistrationInDatabase(ChargerIdentity identity, RegistrationStatus status) {
        jdbc.sql("UPDATE chargers SET registration = :status WHERE identity = :identity")
                .param("status", status.name())
                .param("identity", identity.value())
                .update();
    }
}
