package io.busbar.chargers.internal;

import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.UnknownChargerPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The part of {@code busbar.ocpp} the chargers module decides with; the gateway binds its own keys (ping
 * interval, call timeout) under the same prefix and they are ignored here.
 *
 * @param unknownChargers   what happens to identities never registered ({@code BUSBAR_OCPP_UNKNOWN_CHARGERS})
 * @param heartbeatInterval the interval every accepted boot is told to heartbeat at
 */
@ConfigurationProperties("busbar.ocpp")
record ChargerPolicyProperties(UnknownChargerPolicy unknownChargers, Duration heartbeatInterval) {

    ChargerPolicyProperties {
        unknownChargers = unknownChargers == null ? UnknownChargerPolicy.PENDING : unknownChargers;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(300) : heartbeatInterval;
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("busbar.ocpp.heartbeat-interval must be positive");
        }
    }

    /**
     * The registration a never-registered identity gets when it shows up (boot or connection). Under
     * {@code reject} it should never have been admitted; if it shows up anyway (the policy changed while it was
     * connected) it is recorded as REJECTED so operators still see it.
     */
    RegistrationStatus registrationOfUnknown() {
        return switch (unknownChargers) {
            case REJECT -> RegistrationStatus.REJECTED;
            case PENDING -> RegistrationStatus.PENDING;
            case ACCEPT -> RegistrationStatus.ACCEPTED;
        };
    }
}
