package io.busbar.ocpp16;

import io.busbar.connectivity.CommandMapping;
import io.busbar.connectivity.MappedCommandChannel;
import io.busbar.gateway.ChargerLink;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.schema.PayloadBinder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * Remote operations for OCPP 1.6 chargers: every {@link CommandMapping} bean of a 1.6 action. Connector ids follow
 * the version-neutral model: EVSE n is 1.6 connectorId n, the charger as a whole is connectorId 0.
 */
@Component
class Ocpp16CommandChannel extends MappedCommandChannel {
    Ocpp16CommandChannel(List<CommandMapping<?, ?, ?, ?>> mappings, ChargerLink link, PayloadBinder binder,
                         ObjectMapper json) {
        super(OcppVersion.V16, mappings.stream().filter(m -> m.action().version() == OcppVersion.V16).toList(),
                link, binder, json);
    }
}
