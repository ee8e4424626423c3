package io.busbar.api.commands;

import io.busbar.commands.Audited;
import io.busbar.commands.CommandRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the remote-command endpoints. */
public final class CommandDtos {
    public static final String RESULT_EXAMPLE = """
            {"commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "command": "ClearCache", "status": "Accepted",
             "result": {"status": "Accepted", "reasonCode": null, "additionalInfo": null},
             "answer": {"status": "Accepted"}}""";
    public static final String GENERIC_EXAMPLE = """
            {"command": "ClearCache", "arguments": {}}""";
    public static final String TYPES_EXAMPLE = """
            {"items": [{"name": "ClearCache", "description": "Clear the charger's authorization cache"}], "next": null}""";
    public static final String LOG_ENTRY_EXAMPLE = """
            {"id": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "charger": "CP-0001", "command": "ClearCache",
             "arguments": {}, "actor": {"kind": "api-key", "id": "0d7c9a61-2b1e-4a5f-8c3d-7e9f0a1b2c3d", "name": "ops"},
             "requestedAt": "2026-11-27T09:00:00Z", "completedAt": "2026-11-27T09:00:00.210Z",
             "failure": null, "status": "Accepted", "answer": {"status": "Accepted"}, "error": null}""";
    public static final String LOG_EXAMPLE = """
            {"items": [{"id": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "charger": "CP-0001", "command": "ClearCache",
              "arguments": {}, "actor": {"kind": "api-key", "id": "0d7c9a61-2b1e-4a5f-8c3d-7e9f0a1b2c3d", "name": "ops"},
              "requestedAt": "2026-11-27T09:00:00Z", "completedAt": "2026-11-27T09:00:00.210Z",
              "failure": null, "status": "Accepted", "answer": {"status": "Accepted"}, "error": null}],
             "next": null}""";

    private CommandDtos() {
    }

    @Schema(description = "Any command Busbar knows, by name, with its arguments (see GET /api/v1/command-types)")
    public record GenericCommandRequest(@NotBlank String command, Map<String, Object> arguments) {
    }

    /**
     * The charger's answer: {@code status} is its status literal when the answer has one, {@code result} the
     * version-neutral reading of it, {@code answer} the fields exactly as the charger sent them.
     */
    public record CommandResponse(UUID commandId, String command, String status, Object result,
                                  Map<String, Object> answer) {
        public static CommandResponse of(String command, Audited<?> audited) {
            Object status = audited.outcome().answer().get("status");
            return new CommandResponse(audited.id().value(), command, status instanceof String s ? s : null,
                    audited.result(), audited.outcome().answer());
        }
    }

    public record ActorResponse(String kind, String id, String name) {
    }

    public record CommandLogEntry(UUID id, String charger, String command, Map<String, Object> arguments,
                                  ActorResponse actor, Instant requestedAt, Instant completedAt,
                                  @Schema(description = "Why there was no usable answer: OFFLINE, TIMEOUT, CALL_ERROR, "
                                          + "NOT_SUPPORTED; null when answered (or still waiting)", nullable = true)
                                  String failure,
                                  String status, Map<String, Object> answer, String error) {
        public static CommandLogEntry of(CommandRecord r) {
            return new CommandLogEntry(r.id().value(), r.charger().value(), r.command(), r.arguments(),
                    new ActorResponse(r.actor().kind(), r.actor().id(), r.actor().name()), r.requestedAt(),
                    r.completedAt(), r.failure() == null ? null : r.failure().name(), r.status(), r.answer(),
                    r.error());
        }
    }

    public record CommandTypeResponse(String name, String description) {
    }
}
