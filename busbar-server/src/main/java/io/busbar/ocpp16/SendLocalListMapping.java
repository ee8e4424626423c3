package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.locallists.SendLocalList;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.AuthorizationData;
import io.busbar.ocpp.v16.AuthorizationStatus;
import io.busbar.ocpp.v16.IdTagInfo;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.SendLocalListRequest;
import io.busbar.ocpp.v16.SendLocalListResponse;
import io.busbar.ocpp.v16.UpdateType;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * OCPP 1.6 §5.15 SendLocalList: each entry is an idTag with its idTagInfo (none removes it in a differential
 * update). Tokens longer than 20 characters are left out: a 1.6 charge point cannot read them (idTag is
 * CiString20), nor would a parentIdTag that long fit. Statuses 1.6 lacks become Invalid (§7.2).
 */
@Component("ocpp16SendLocalListMapping")
class SendLocalListMapping implements CommandMapping<SendLocalList, CommandStatus, SendLocalListRequest,
        SendLocalListResponse> {
    private static final int ID_TAG_LENGTH = 20;

    @Override
    public Class<SendLocalList> command() {
        return SendLocalList.class;
    }

    @Override
    public Action<SendLocalListRequest, SendLocalListResponse> action() {
        return Ocpp16.SEND_LOCAL_LIST;
    }

    @Override
    public SendLocalListRequest request(SendLocalList command) {
        List<AuthorizationData> list = command.entries().stream()
                .filter(entry -> entry.idToken().length() <= ID_TAG_LENGTH)
                .map(SendLocalListMapping::data).toList();
        return new SendLocalListRequest(command.versionNumber(), list.isEmpty() ? null : list,
                command.updateType() == SendLocalList.UpdateType.FULL ? UpdateType.FULL : UpdateType.DIFFERENTIAL);
    }

    @Override
    public CommandStatus result(SendLocalListResponse response) {
        return CommandStatus.of(Ocpp16Mapping.literal(response.status()));
    }

    private static AuthorizationData data(SendLocalList.Entry entry) {
        if (entry.status() == null) {
            return new AuthorizationData(entry.idToken(), null);
        }
        String group = entry.groupIdToken() != null && entry.groupIdToken().length() <= ID_TAG_LENGTH
                ? entry.groupIdToken() : null;
        return new AuthorizationData(entry.idToken(), new IdTagInfo(entry.expiresAt(), group, status(entry.status())));
    }

    private static AuthorizationStatus status(String literal) {
        return switch (literal) {
            case "Accepted" -> AuthorizationStatus.ACCEPTED;
            case "Blocked" -> AuthorizationStatus.BLOCKED;
            case "Expired" -> AuthorizationStatus.EXPIRED;
            case "ConcurrentTx" -> AuthorizationStatus.CONCURRENT_TX;
            default -> AuthorizationStatus.INVALID;
        };
    }
}
