package io.busbar.gateway;

import io.busbar.ocpp.message.Initiator;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.schema.PayloadBinder;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link InboundHandler} of each (version, action), built once at start-up. Two handlers for the same action
 * of the same version, or a handler for an action only the CSMS sends, fail the start-up: a silent choice between
 * them would be a bug found in the field. So does a message type the binder cannot bind.
 */
final class HandlerTable {
    private final Map<OcppVersion, Map<String, InboundHandler<?, ?>>> byVersion = new EnumMap<>(OcppVersion.class);

    HandlerTable(List<InboundHandler<?, ?>> handlers, PayloadBinder binder) {
        for (OcppVersion version : OcppVersion.values()) {
            byVersion.put(version, new HashMap<>());
        }
        for (InboundHandler<?, ?> handler : handlers) {
            var action = handler.action();
            // A message type the binder cannot handle fails the start-up, not the first charger that sends it.
            binder.requireBindable(action.requestType());
            binder.requireBindable(action.responseType());
            if (action.initiator() == Initiator.CSMS) {
                throw new IllegalStateException("Inbound handler " + handler.getClass().getName() + " is for " + action
                        + ", which only the CSMS sends");
            }
            InboundHandler<?, ?> previous = byVersion.get(action.version()).putIfAbsent(action.name(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two inbound handlers for " + action + ": "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
    }

    /** The handler for {@code action} in {@code version}, or null. */
    InboundHandler<?, ?> find(OcppVersion version, String action) {
        return byVersion.get(version).get(action);
    }
}
