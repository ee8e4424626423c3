package io.busbar.ocpp201;

import io.busbar.commands.ClearCache;
import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ClearCacheRequest;
import io.busbar.ocpp.v201.ClearCacheResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 C11 ClearCache. */
@Component("ocpp201ClearCacheMapping")
class ClearCacheMapping implements CommandMapping<ClearCache, CommandStatus, ClearCacheRequest, ClearCacheResponse> {
    @Override
    public Class<ClearCache> command() {
        return ClearCache.class;
    }

    @Override
    public Action<ClearCacheRequest, ClearCacheResponse> action() {
        return Ocpp201.CLEAR_CACHE;
    }

    @Override
    public ClearCacheRequest request(ClearCache command) {
        return new ClearCacheRequest();
    }

    @Override
    public CommandStatus result(ClearCacheResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
