package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.locallists.SendLocalList;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.AuthorizationData;
import io.busbar.ocpp.v201.AuthorizationStatus;
import io.busbar.ocpp.v201.IdTokenInfo;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.SendLocalListRequest;
import io.busbar.ocpp.v201.SendLocalListResponse;
import io.busbar.ocpp.v201.UpdateType;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * OCPP 2.0.1 D01 SendLocalList: each entry is an idToken with its idTokenInfo (none removes it in a differential
 * update); the entry's expiry is the idTokenInfo's cacheExpiryDateTime. Tokens longer than 36 characters cannot be
 * expressed (IdTokenType.idToken is identifierString[36]) and are left out. An empty list is sent without the field
 * (the schema asks at least one item when present).
 */
@Component("ocpp201SendLocalListMapping")
class SendLocalListMapping implements CommandMapping<SendLocalList, CommandStatus, SendLocalListRequest,
        SendLocalListResponse> {
    private static final int ID_TOKEN_LENGTH = 36;

    @Override
    public Class<SendLocalList> command() {
        return SendLocalList.class;
    }

    @Override
    public Action<SendLocalListRequest, SendLocalListResponse> action() {
        return Ocpp201.SEND_LOCAL_LIST;
    }

    @Override
    public SendLocalListRequest request(SendLocalList command) {
        List<AuthorizationData> list = command.entries().stream()
                .filter(entry -> entry.idToken().length() <= ID_TOKEN_LENGTH)
                .map(SendLocalListMapping::data).toList();
        return new SendLocalListRequest(list.isEmpty() ? null : list, command.versionNumber(),
                command.updateType() == SendLocalList.UpdateType.FULL ? UpdateType.FULL : UpdateType.DIFFERENTIAL);
    }

    @Override
    public CommandStatus result(SendLocalListResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }

    private static AuthorizationData data(SendLocalList.Entry entry) {
        var token = IdTokenTypes.idToken(entry.idToken(), entry.idTokenType());
        if (entry.status() == null) {
            return new AuthorizationData(token, null);
        }
        var group = entry.groupIdToken() != null && entry.groupIdToken().length() <= ID_TOKEN_LENGTH
                ? IdTokenTypes.idToken(entry.groupIdToken(), "CENTRAL") : null;
        return new AuthorizationData(token, new IdTokenInfo(status(entry.status()), entry.expiresAt(), null, null,
                null, group, null, null));
    }

    private static AuthorizationStatus status(String literal) {
        for (AuthorizationStatus status : AuthorizationStatus.values()) {
            if (Ocpp201Mapping.literal(status).equals(literal)) {
                return status;
            }
        }
        return AuthorizationStatus.INVALID;
    }
}
