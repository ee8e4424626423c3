package io.busbar.connectivity;

import io.busbar.chargers.ChargerAccess;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.gateway.ChargerAuthenticator;
import org.springframework.stereotype.Component;

/** Security profiles 1 and 2: the Basic password of the upgrade is checked against the charger registry. */
@Component
class RegistryChargerAuthenticator implements ChargerAuthenticator {
    private final ChargerAccess access;

    RegistryChargerAuthenticator(ChargerAccess access) {
        this.access = access;
    }

    @Override
    public ConnectDecision authenticate(ConnectAttempt attempt) {
        return switch (access.admit(new ChargerIdentity(attempt.identity()), attempt.basicPassword())) {
            case ACCEPT -> ConnectDecision.ACCEPT;
            case UNAUTHORIZED -> ConnectDecision.REJECT_UNAUTHORIZED;
            case UNKNOWN -> ConnectDecision.REJECT_UNKNOWN;
        };
    }
}
