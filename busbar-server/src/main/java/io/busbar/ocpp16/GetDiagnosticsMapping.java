package io.busbar.ocpp16;

import io.busbar.commands.InvalidCommandException;
import io.busbar.connectivity.CommandMapping;
import io.busbar.diagnostics.GetLog;
import io.busbar.diagnostics.GetLogResult;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.GetDiagnosticsRequest;
import io.busbar.ocpp.v16.GetDiagnosticsResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/**
 * {@link GetLog} as OCPP 1.6 §5.8 GetDiagnostics: only the diagnostics log, the window as startTime/stopTime, no
 * requestId. GetDiagnostics.conf has no status: an answer is Accepted; without fileName the charger has nothing to
 * upload (§6.26).
 */
@Component("ocpp16GetDiagnosticsMapping")
class GetDiagnosticsMapping implements CommandMapping<GetLog, GetLogResult, GetDiagnosticsRequest, GetDiagnosticsResponse> {
    @Override
    public Class<GetLog> command() {
        return GetLog.class;
    }

    @Override
    public Action<GetDiagnosticsRequest, GetDiagnosticsResponse> action() {
        return Ocpp16.GET_DIAGNOSTICS;
    }

    @Override
    public GetDiagnosticsRequest request(GetLog command) {
        if (!GetLog.DIAGNOSTICS_LOG.equals(command.logType())) {
            throw new InvalidCommandException("An OCPP 1.6 charger can only upload its DiagnosticsLog, not "
                    + command.logType());
        }
        return new GetDiagnosticsRequest(command.remoteLocation(), command.retries(), command.retryInterval(),
                command.oldest(), command.latest());
    }

    @Override
    public GetLogResult result(GetDiagnosticsResponse response) {
        return new GetLogResult("Accepted", response.fileName(), null, null);
    }
}
