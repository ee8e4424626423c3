package io.busbar.ocpp201;

import io.busbar.connectivity.CommandMapping;
import io.busbar.locallists.GetLocalListVersion;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.GetLocalListVersionRequest;
import io.busbar.ocpp.v201.GetLocalListVersionResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 D02 GetLocalListVersion: 0 when the station has no list. */
@Component("ocpp201GetLocalListVersionMapping")
class GetLocalListVersionMapping implements CommandMapping<GetLocalListVersion, Integer, GetLocalListVersionRequest,
        GetLocalListVersionResponse> {
    @Override
    public Class<GetLocalListVersion> command() {
        return GetLocalListVersion.class;
    }

    @Override
    public Action<GetLocalListVersionRequest, GetLocalListVersionResponse> action() {
        return Ocpp201.GET_LOCAL_LIST_VERSION;
    }

    @Override
    public GetLocalListVersionRequest request(GetLocalListVersion command) {
        return new GetLocalListVersionRequest();
    }

    @Override
    public Integer result(GetLocalListVersionResponse response) {
        return response.versionNumber();
    }
}
