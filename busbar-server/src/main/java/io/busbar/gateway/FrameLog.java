package io.busbar.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The raw frame log: every inbound and outbound text frame at DEBUG on logger {@code io.busbar.gateway.frames},
 * with MDC {@code charger} and {@code messageId}. The only place that logs payloads.
 */
final class FrameLog {
    static final String CHARGER = "charger";
    static final String MESSAGE_ID = "messageId";
    private static final Logger FRAMES = LoggerFactory.getLogger("io.busbar.gateway.frames");

    private FrameLog() {
    }

    static void inbound(String identity, String messageId, String text) {
        log("<< {}", identity, messageId, text);
    }

    static void outbound(String identity, String messageId, String text) {
        log(">> {}", identity, messageId, text);
    }

    private static void log(String format, String identity, String messageId, String text) {
        if (!FRAMES.isDebugEnabled()) {
            return;
        }
        String previousCharger = MDC.get(CHARGER);
        String previousMessageId = MDC.get(MESSAGE_ID);
        MDC.put(CHARGER, identity);
        putOrRemove(MESSAGE_ID, messageId);
        try {
            FRAMES.debug(format, text);
        } finally {
            putOrRemove(CHARGER, previousCharger);
            putOrRemove(MESSAGE_ID, previousMessageId);
        }
    }

    static void putOrRemove(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
