package io.busbar.chargers.internal;

import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.UnknownChargerPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChargerPolicyPropertiesTest {
    @Test
    void defaultsArePendingAndFiveMinutes() {
        ChargerPolicyProperties defaults = new ChargerPolicyProperties(null, null);

        assertThat(defaults.unknownChargers()).isEqualTo(UnknownChargerPolicy.PENDING);
        assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void unknownChargersGetTheRegistrationOfThePolicy() {
        assertThat(new ChargerPolicyProperties(UnknownChargerPolicy.PENDING, null).registrationOfUnknown())
                .isEqualTo(RegistrationStatus.PENDING);
        assertThat(new ChargerPolicyProperties(UnknownChargerPolicy.ACCEPT, null).registrationOfUnknown())
                .isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(new ChargerPolicyProperties(UnknownChargerPolicy.REJECT, null).registrationOfUnknown())
                .isEqualTo(RegistrationStatus.REJECTED);
    }

    @Test
    void heartbeatIntervalMustBePositive() {
        assertThatThrownBy(() -> new ChargerPolicyProperties(null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
