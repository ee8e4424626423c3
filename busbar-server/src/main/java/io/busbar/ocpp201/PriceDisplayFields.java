package io.busbar.ocpp201;

import io.busbar.ocpp.v201.IdTokenInfo;
import io.busbar.ocpp.v201.MessageContent;
import io.busbar.ocpp.v201.MessageFormat;

import java.util.Optional;

/** Price display (io.busbar.pricedisplay) in 2.0.1 answer fields: the tariff text as idTokenInfo.personalMessage (I01). */
final class PriceDisplayFields {
    /** MessageContentType.content is at most 512 characters. */
    private static final int MAX_CONTENT = 512;

    private PriceDisplayFields() {
    }

    static IdTokenInfo withTariffText(IdTokenInfo info, Optional<String> text) {
        if (info == null || text.isEmpty()) {
            return info;
        }
        String content = text.get().length() > MAX_CONTENT ? text.get().substring(0, MAX_CONTENT) : text.get();
        return new IdTokenInfo(info.status(), info.cacheExpiryDateTime(), info.chargingPriority(), info.language1(),
                info.evseId(), info.groupIdToken(), info.language2(),
                new MessageContent(MessageFormat.UTF8, null, content));
    }
}
