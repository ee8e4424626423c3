package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remote start and stop (OCPP 1.6 §5.11/§5.12, 2.0.1 F01-F03) as real transactions. A start is Accepted when the
 * EVSE (given, or the first free one) is operative and free; then an EV is plugged in and the transaction starts
 * for the token: 1.6 sends Authorize first while AuthorizeRemoteTxRequests is true (the default), 2.0.1 reports
 * TransactionEvent Started with triggerReason RemoteStart and the remoteStartId. A stop of a running transaction
 * is Accepted and ends it with reason Remote; an unknown transaction is Rejected.
 */
public final class SimulatedRemoteTransactions {
    private final SimulatedChargePoint chargePoint;
    private final SimulatedRemoteControl control;
    private final Set<Integer> starting = ConcurrentHashMap.newKeySet();
    private volatile boolean authorizeFirst;
    private volatile SimulatedEv ev = new SimulatedEv(60_000, 20, 11_000, 3);

    SimulatedRemoteTransactions(SimulatedChargePoint chargePoint, SimulatedRemoteControl control) {
        this.chargePoint = chargePoint;
        this.control = control;
        this.authorizeFirst = chargePoint.version() == OcppVersion.V16;
    }

    /** 1.6 AuthorizeRemoteTxRequests / 2.0.1 AuthCtrlr.AuthorizeRemoteStart: ask the CSMS before starting. */
    public SimulatedRemoteTransactions authorizeFirst(boolean authorizeFirst) {
        this.authorizeFirst = authorizeFirst;
        return this;
    }

    /** The EV that arrives for a remote start. */
    public SimulatedRemoteTransactions ev(SimulatedEv ev) {
        this.ev = ev;
        return this;
    }

    JsonNode start(Call call) {
        JsonNode payload = call.payload();
        boolean v16 = chargePoint.version() == OcppVersion.V16;
        String token = v16 ? payload.path("idTag").asString() : payload.path("idToken").path("idToken").asString();
        int remoteStartId = payload.path("remoteStartId").asInt();
        Integer evseId = v16 ? control.evseOf(payload) : payload.has("evseId") ? payload.get("evseId").asInt() : null;
        Integer chosen = evseId != null ? (free(evseId) ? evseId : null) : firstFree();
        if (chosen == null || !starting.add(chosen)) {
            return SimulatedRemoteControl.status("Rejected");
        }
        chargePoint.afterAnswer(() -> {
            try {
                PluggedInEv plugged = chargePoint.plugIn(chosen, ev);
                if (authorizeFirst && !"Accepted".equals(plugged.authorize(token).authorizationStatus())) {
                    plugged.unplug();
                    return;
                }
                plugged.startRemotely(token, remoteStartId);
            } finally {
                starting.remove(chosen);
            }
        });
        return SimulatedRemoteControl.status("Accepted");
    }

    JsonNode stop(Call call) {
        String transactionId = call.payload().path("transactionId").asString();
        var session = chargePoint.runningSessions().withTransactionId(transactionId);
        if (session.isEmpty()) {
            return SimulatedRemoteControl.status("Rejected");
        }
        chargePoint.afterAnswer(() -> session.get().stop(StopReason.REMOTE));
        return SimulatedRemoteControl.status("Accepted");
    }

    private boolean free(int evseId) {
        return control.knows(evseId) && control.availability().isOperative(evseId)
                && chargePoint.runningSessions().on(evseId).isEmpty() && !starting.contains(evseId);
    }

    private Integer firstFree() {
        for (int evseId = 1; evseId <= control.evses(); evseId++) {
            if (free(evseId)) {
                return evseId;
            }
        }
        return null;
    }
}
