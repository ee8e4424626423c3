package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

/** What a webhook receiver and an e-mail reader get for an alert. */
final class AlertMessage {
    private AlertMessage() {
    }

    static String json(ObjectMapper json, Alert alert, UUID delivery, int level) {
        ObjectNode root = json.createObjectNode();
        root.put("type", "alert.raised");
        root.put("deliveryId", delivery.toString());
        root.put("level", level);
        ObjectNode body = root.putObject("alert");
        body.put("id", alert.id().toString());
        body.put("ruleId", alert.rule() == null ? null : alert.rule().toString());
        body.put("source", alert.source().name());
        body.put("sourceRef", alert.sourceRef());
        body.put("faultId", alert.fault() == null ? null : alert.fault().toString());
        body.put("state", alert.state().name());
        body.put("severity", alert.severity().name());
        body.put("charger", alert.charger().value());
        if (alert.evseId() == null) {
            body.putNull("evseId");
        } else {
            body.put("evseId", alert.evseId());
        }
        body.put("faultType", alert.faultType() == null ? null : alert.faultType().name());
        body.put("title", alert.title());
        body.put("description", alert.description());
        body.put("raisedAt", alert.raisedAt().toString());
        return json.writeValueAsString(root);
    }

    static String subject(Alert alert, int level) {
        return "[Busbar " + alert.severity() + (level > 1 ? ", escalated to level " + level : "") + "] "
                + alert.title();
    }

    static String text(Alert alert, int level) {
        return alert.title() + "\n\n"
                + "Charger: " + alert.charger() + (alert.evseId() == null ? "" : ", EVSE " + alert.evseId()) + "\n"
                + "Severity: " + alert.severity() + "\n"
                + (alert.faultType() == null ? "" : "Fault type: " + alert.faultType() + "\n")
                + "Raised at: " + alert.raisedAt() + "\n"
                + "Escalation level: " + level + "\n"
                + (alert.description() == null ? "" : "\n" + alert.description() + "\n")
                + "\nAcknowledge: POST /api/v1/alerts/" + alert.id() + "/acknowledge\n";
    }
}
