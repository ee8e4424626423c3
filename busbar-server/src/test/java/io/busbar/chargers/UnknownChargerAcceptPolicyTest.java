package io.busbar.chargers;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
@TestPropertySource(properties = {"busbar.ocpp.unknown-chargers=accept", "busbar.ocpp.heartbeat-interval=60s"})
class UnknownChargerAcceptPolicyTest {
    @Autowired
    ChargerAccess access;
    @Autowired
    ChargerBoots boots;
    @Autowired
    ChargerPresence presence;
    @Autowired
    ChargerRegistry registry;

    @Test
    void unknownChargerIsAdmittedAndItsBootAcceptedWithTheConfiguredHeartbeat() {
        ChargerIdentity identity = new ChargerIdentity("CP-LAB-1");
        assertThat(access.admit(identity, null)).isEqualTo(Admission.ACCEPT);

        BootDecision decision = boots.boot(identity, new ChargerDescription("Wallbox", "Pulsar", null, null, null,
                null, null, null), "ocpp1.6", Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(decision.status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(decision.heartbeatInterval()).hasSeconds(60);
        assertThat(access.isAccepted(identity)).isTrue();
    }

    @Test
    void unknownChargerThatOnlyConnectsIsListedAsAccepted() {
        ChargerIdentity identity = new ChargerIdentity("CP-LAB-2");

        presence.connected(identity, "ocpp2.0.1", "10.0.0.2", Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(registry.find(identity)).get()
                .extracting(Charger::registration, Charger::online)
                .containsExactly(RegistrationStatus.ACCEPTED, true);
    }
}
