package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/**
 * The charger view's commands. Each form posts here with its idempotency key; the command is sent through the API
 * (which waits for the charger's answer and records the command), and the result area shows the recorded command,
 * polling {@code GET /api/v1/commands/{id}} while it is not final. An API problem (invalid input, offline charger,
 * no answer in time) is shown in the same result area, next to the form that caused it.
 */
@Controller
@RequestMapping("/console/chargers/{identity}/commands")
class ChargerCommandController {
    private final ConsoleApi api;

    ChargerCommandController(ConsoleApi api) {
        this.api = api;
    }

    @PostMapping("/{kind}")
    String send(@PathVariable String identity, @PathVariable String kind,
                @RequestParam Map<String, String> fields, Model model, HttpServletResponse response) {
        model.addAttribute("identity", identity);
        model.addAttribute("commandLabel", label(kind));
        try {
            CommandForm form = new CommandForm(fields);
            JsonNode answer = switch (kind) {
                case "reset" -> command(identity, "reset", form.text("kind").number("evseId"), fields);
                case "unlock-connector" -> command(identity, "unlock-connector",
                        form.number("evseId").number("connectorId"), fields);
                case "change-availability" -> command(identity, "change-availability",
                        form.number("evseId").flag("operative"), fields);
                case "remote-start" -> command(identity, "remote-start",
                        form.requiredText("idToken").text("idTokenType").number("evseId"), fields);
                case "remote-stop" -> command(identity, "remote-stop", form.requiredText("transactionId"), fields);
                case "firmware-update" -> api.post(ChargerPath.of(identity, "firmware-updates"),
                        form.text("location").text("imageId").body(), fields.get("_key"));
                case "upload-log" -> api.post(ChargerPath.of(identity, "logs"),
                        form.requiredText("logType").body(), fields.get("_key"));
                default -> throw new ApiProblem(404, "No such command", "The console has no command " + kind, Map.of());
            };
            return result(identity, commandId(answer), model, response);
        } catch (ApiProblem problem) {
            model.addAttribute("problem", problem);
            return "console/chargers/commands :: result";
        }
    }

    /** The result area while the command is not final: polled by the page. */
    @GetMapping("/{id}/result")
    String poll(@PathVariable String identity, @PathVariable UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("identity", identity);
        return result(identity, id.toString(), model, response);
    }

    private JsonNode command(String identity, String operation, CommandForm form, Map<String, String> fields) {
        return api.post(ChargerPath.of(identity, "commands/" + operation), form.body(), fields.get("_key"));
    }

    private String result(String identity, String commandId, Model model, HttpServletResponse response) {
        if (commandId == null) {
            throw new ApiProblem(502, "The API did not say which command it sent", null, Map.of());
        }
        Map<String, Object> command = api.object("/api/v1/commands/" + commandId);
        model.addAttribute("command", command);
        boolean done = command.get("completedAt") != null || command.get("failure") != null;
        model.addAttribute("done", done);
        if (done) {
            // The recent-commands table listens for this and reloads.
            response.setHeader("HX-Trigger", "command-done");
        }
        model.addAttribute("identity", identity);
        return "console/chargers/commands :: result";
    }

    /** The command record's id: {@code commandId} of a command answer or of a firmware/log job. */
    private static String commandId(JsonNode answer) {
        String id = answer.path("commandId").asString(null);
        return id == null || id.isBlank() ? null : id;
    }

    private static String label(String kind) {
        return switch (kind) {
            case "reset" -> "Reset";
            case "unlock-connector" -> "Unlock connector";
            case "change-availability" -> "Change availability";
            case "remote-start" -> "Remote start";
            case "remote-stop" -> "Remote stop";
            case "firmware-update" -> "Update firmware";
            case "upload-log" -> "Upload log";
            default -> kind;
        };
    }
}
