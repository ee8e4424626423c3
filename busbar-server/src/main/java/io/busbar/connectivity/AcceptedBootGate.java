package io.busbar.connectivity;

import io.busbar.chargers.ChargerAccess;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundGate;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import org.springframework.stereotype.Component;

/**
 * Until a charger's boot was accepted, only BootNotification is let through. OCPP 2.0.1 B02.FR.09 prescribes
 * CALLERROR SecurityError for anything else from a Pending station; 1.6 (§4.2) forbids a Pending or Rejected
 * charge point to send other requests without saying what the Central System answers, so Busbar answers the
 * same SecurityError (a 1.6 error code too) rather than acting on messages from an unapproved charger.
 */
@Component
class AcceptedBootGate implements InboundGate {
    static final String BOOT_NOTIFICATION = "BootNotification";

    private final ChargerAccess access;

    AcceptedBootGate(ChargerAccess access) {
        this.access = access;
    }

    @Override
    public void admit(ChargerContext charger, Action<?, ?> action) {
        if (BOOT_NOTIFICATION.equals(action.name())) {
            return;
        }
        if (!access.isAccepted(new ChargerIdentity(charger.identity()))) {
            throw new RpcException(RpcError.SECURITY_ERROR,
                    "Charger is not accepted: send BootNotification and wait for Accepted before " + action.name());
        }
    }
}
