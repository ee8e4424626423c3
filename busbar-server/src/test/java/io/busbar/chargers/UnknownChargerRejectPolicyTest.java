package io.busbar.chargers;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
@TestPropertySource(properties = "busbar.ocpp.unknown-chargers=reject")
class UnknownChargerRejectPolicyTest {
    @Autowired
    ChargerAccess access;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    ChargerBoots boots;

    @Test
    void unknownChargerIsRefusedAsUnknown() {
        assertThat(access.admit(new ChargerIdentity("CP-STRANGER"), null)).isEqualTo(Admission.UNKNOWN);
        assertThat(access.admit(new ChargerIdentity("CP-STRANGER"), "a-guessed-password")).isEqualTo(Admission.UNKNOWN);
    }

    @Test
    void unknownChargerThatBootsAnywayIsRejectedAndListed() {
        // Only possible when the policy changed to reject while the charger was connected.
        ChargerIdentity identity = new ChargerIdentity("CP-SLIPPED-THROUGH");

        BootDecision decision = boots.boot(identity, new ChargerDescription("Ekoenergetyka", "Axon", null, null, null,
                null, null, null), "ocpp2.0.1", Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(decision.status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(access.isAccepted(identity)).isFalse();
        assertThat(registry.find(identity)).get().extracting(Charger::registration).isEqualTo(RegistrationStatus.REJECTED);
    }

    @Test
    void registeredChargersAreStillAdmitted() {
        ChargerIdentity identity = new ChargerIdentity("CP-KNOWN");
        registry.register(new RegisterCharger(identity, "known-password-0123", null, null));

        assertThat(access.admit(identity, "known-password-0123")).isEqualTo(Admission.ACCEPT);
        assertThat(access.admit(identity, "wrong-password-0123")).isEqualTo(Admission.UNAUTHORIZED);
    }
}
