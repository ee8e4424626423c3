package io.busbar.simulator.noop;

import io.busbar.ocpp.rpc.OcppVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** Schema-valid, always-positive answers to charger-initiated actions; {@code {}} for anything else. */
final class CannedAnswers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int HEARTBEAT_INTERVAL_SECONDS = 300;

    private final Clock clock;
    private final AtomicInteger transactionIds = new AtomicInteger();

    CannedAnswers(Clock clock) {
        this.clock = clock;
    }

    JsonNode answer(OcppVersion version, String action) {
        return switch (action) {
            case "BootNotification" -> NODES.objectNode()
                    .put("status", "Accepted")
                    .put("currentTime", clock.instant().toString())
                    .put("interval", HEARTBEAT_INTERVAL_SECONDS);
            case "Heartbeat" -> NODES.objectNode().put("currentTime", clock.instant().toString());
            case "Authorize" -> version == OcppVersion.V16
                    ? NODES.objectNode().set("idTagInfo", accepted())
                    : NODES.objectNode().set("idTokenInfo", accepted());
            case "StartTransaction" -> NODES.objectNode()
                    .put("transactionId", transactionIds.incrementAndGet())
                    .set("idTagInfo", accepted());
            case "DataTransfer" -> accepted();
            default -> NODES.objectNode(); // StatusNotification, MeterValues, StopTransaction, TransactionEvent...
        };
    }

    private static ObjectNode accepted() {
        return NODES.objectNode().put("status", "Accepted");
    }
}
