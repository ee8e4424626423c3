package io.busbar.dashboard.bulk;

import io.busbar.dashboard.ApiProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "new bulk job" form as typed: which chargers (sites, tags, identities: criteria combine with AND, values of
 * one criterion with OR), what to do (a command with JSON arguments, or a configuration template check), and how
 * many chargers at once. {@link #toRequest} makes the body of {@code POST /api/v1/bulk-jobs}.
 */
public record BulkJobForm(List<String> sites, String tags, String identities, String kind, String command,
                          String arguments, Boolean correct, String concurrency, String timeoutSeconds) {

    static BulkJobForm empty() {
        return new BulkJobForm(List.of(), "", "", "COMMAND", "Reset", "{\"kind\": \"SOFT\"}", false, "20", "");
    }

    public BulkJobForm {
        sites = sites == null ? List.of() : sites.stream().filter(site -> !site.isBlank()).toList();
    }

    Map<String, Object> toRequest(ObjectMapper json) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> target = new LinkedHashMap<>();
        if (!sites.isEmpty()) {
            target.put("sites", sites);
        }
        putList(target, "tags", tags);
        putList(target, "identities", identities);
        Map<String, Object> action = new LinkedHashMap<>();
        boolean templateCheck = "TEMPLATE_CHECK".equals(kind);
        action.put("kind", templateCheck ? "TEMPLATE_CHECK" : "COMMAND");
        if (templateCheck) {
            action.put("correct", Boolean.TRUE.equals(correct));
        } else {
            action.put("command", command == null ? "" : command.strip());
            JsonNode parsed = arguments(json, errors);
            if (parsed != null) {
                action.put("arguments", parsed);
            }
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("target", target);
        request.put("action", action);
        putNumber(request, "concurrency", concurrency, errors);
        putNumber(request, "timeoutPerChargerSeconds", timeoutSeconds, errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "The job is not valid", "Correct the fields marked below.", errors);
        }
        return request;
    }

    private JsonNode arguments(ObjectMapper json, Map<String, String> errors) {
        if (arguments == null || arguments.isBlank()) {
            return null;
        }
        try {
            JsonNode parsed = json.readTree(arguments);
            if (!parsed.isObject()) {
                errors.put("action.arguments", "must be a JSON object, e.g. {\"kind\": \"SOFT\"}");
                return null;
            }
            return parsed;
        } catch (JacksonException e) {
            errors.put("action.arguments", "is not valid JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    private static void putList(Map<String, Object> target, String name, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> values = Arrays.stream(text.split("[,\\s]+")).filter(value -> !value.isBlank()).toList();
        if (!values.isEmpty()) {
            target.put(name, values);
        }
    }

    private static void putNumber(Map<String, Object> request, String name, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            request.put(name, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            errors.put(name, "must be a whole number");
        }
    }
}
