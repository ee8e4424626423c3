package io.busbar.chargers;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
@TestPropertySource(properties = "busbar.ocpp.unknown-chargers=reject")
class UnknownChargerRejectPolicyTest {
    @Autowired
    ChargerAccess access;
    @Autowired
    ChargerRegistry registry;

    @Test
    void unknownChargerIsRefusedAsUnknown() {
        assertThat(access.admit(new ChargerIdentity("CP-STRANGER"), null)).isEqualTo(Admission.UNKNOWN);
        assertThat(access.admit(new ChargerIdentity("CP-STRANGER"), "a-guessed-password")).isEqualTo(Admission.UNKNOWN);
    }

    @Test
    void registeredChargersAreStillAdmitted() {
        ChargerIdentity identity = new ChargerIdentity("CP-KNOWN");
        registry.register(new RegisterCharger(identity, "known-password-0123", null, null));

        assertThat(access.admit(identity, "known-password-0123")).isEqualTo(Admission.ACCEPT);
        assertThat(access.admit(identity, "wrong-password-0123")).isEqualTo(Admission.UNAUTHORIZED);
    }
}
