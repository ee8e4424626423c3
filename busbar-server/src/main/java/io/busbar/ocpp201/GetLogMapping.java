package io.busbar.ocpp201;

import io.busbar.commands.InvalidCommandException;
import io.busbar.connectivity.CommandMapping;
import io.busbar.diagnostics.GetLog;
import io.busbar.diagnostics.GetLogResult;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.GetLogRequest;
import io.busbar.ocpp.v201.GetLogResponse;
import io.busbar.ocpp.v201.LogParameters;
import io.busbar.ocpp.v201.LogType;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 N01 GetLog: answer Accepted, Rejected or AcceptedCanceled, with the file name to be uploaded. */
@Component("ocpp201GetLogMapping")
class GetLogMapping implements CommandMapping<GetLog, GetLogResult, GetLogRequest, GetLogResponse> {
    @Override
    public Class<GetLog> command() {
        return GetLog.class;
    }

    @Override
    public Action<GetLogRequest, GetLogResponse> action() {
        return Ocpp201.GET_LOG;
    }

    @Override
    public GetLogRequest request(GetLog command) {
        LogType type = switch (command.logType() == null ? "" : command.logType()) {
            case GetLog.DIAGNOSTICS_LOG -> LogType.DIAGNOSTICS_LOG;
            case GetLog.SECURITY_LOG -> LogType.SECURITY_LOG;
            default -> throw new InvalidCommandException("logType must be DiagnosticsLog or SecurityLog, not "
                    + command.logType());
        };
        return new GetLogRequest(new LogParameters(command.remoteLocation(), command.oldest(), command.latest()),
                type, command.requestId(), command.retries(), command.retryInterval());
    }

    @Override
    public GetLogResult result(GetLogResponse response) {
        String reason = response.statusInfo() == null ? null : response.statusInfo().reasonCode();
        String info = response.statusInfo() == null ? null : response.statusInfo().additionalInfo();
        return new GetLogResult(Ocpp201Mapping.literal(response.status()), response.filename(), reason, info);
    }
}
