package io.busbar.ocpp201;

import io.busbar.connectivity.CommandMapping;
import io.busbar.connectivity.MappedCommandChannel;
import io.busbar.gateway.ChargerLink;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.schema.PayloadBinder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * Remote operations for OCPP 2.0.1 chargers: every {@link CommandMapping} bean of a 2.0.1 action. EVSE and connector ids
 * are the charger's own (2.0.1 is the canonical model).
 */
@Component
class Ocpp201CommandChannel extends MappedCommandChannel {
    Ocpp201CommandChannel(List<CommandMapping<?, ?, ?, ?>> mappings, ChargerLink link, PayloadBinder binder,
                         ObjectMapper json) {
        super(OcppVersion.V201, mappings.stream().filter(m -> m.action().version() == OcppVersion.V201).toList(),
                link, binder, json);
    }
}
