package io.busbar.ocpp16;

import io.busbar.connectivity.CommandMapping;
import io.busbar.locallists.GetLocalListVersion;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.GetLocalListVersionRequest;
import io.busbar.ocpp.v16.GetLocalListVersionResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.10 GetLocalListVersion: 0 is an empty list, -1 a charge point without local lists. */
@Component("ocpp16GetLocalListVersionMapping")
class GetLocalListVersionMapping implements CommandMapping<GetLocalListVersion, Integer, GetLocalListVersionRequest,
        GetLocalListVersionResponse> {
    @Override
    public Class<GetLocalListVersion> command() {
        return GetLocalListVersion.class;
    }

    @Override
    public Action<GetLocalListVersionRequest, GetLocalListVersionResponse> action() {
        return Ocpp16.GET_LOCAL_LIST_VERSION;
    }

    @Override
    public GetLocalListVersionRequest request(GetLocalListVersion command) {
        return new GetLocalListVersionRequest();
    }

    @Override
    public Integer result(GetLocalListVersionResponse response) {
        return response.listVersion();
    }
}
