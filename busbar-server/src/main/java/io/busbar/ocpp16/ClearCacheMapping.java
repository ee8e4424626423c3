package io.busbar.ocpp16;

import io.busbar.commands.ClearCache;
import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.ClearCacheRequest;
import io.busbar.ocpp.v16.ClearCacheResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.4 ClearCache. */
@Component("ocpp16ClearCacheMapping")
class ClearCacheMapping implements CommandMapping<ClearCache, CommandStatus, ClearCacheRequest, ClearCacheResponse> {
    @Override
    public Class<ClearCache> command() {
        return ClearCache.class;
    }

    @Override
    public Action<ClearCacheRequest, ClearCacheResponse> action() {
        return Ocpp16.CLEAR_CACHE;
    }

    @Override
    public ClearCacheRequest request(ClearCache command) {
        return new ClearCacheRequest();
    }

    @Override
    public CommandStatus result(ClearCacheResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
