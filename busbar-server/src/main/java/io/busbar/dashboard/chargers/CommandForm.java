package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ApiProblem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request body of one of the charger view's command forms, from the form's fields: blank fields are left out
 * (the API's defaults apply), numbers are checked here so "abc" is explained under its field like any API error.
 */
final class CommandForm {
    private final Map<String, String> fields;
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    CommandForm(Map<String, String> fields) {
        this.fields = fields;
    }

    CommandForm text(String field) {
        String value = value(field);
        if (!value.isEmpty()) {
            body.put(field, value);
        }
        return this;
    }

    /** A text the API requires: sent even when empty, so the API's own message explains it. */
    CommandForm requiredText(String field) {
        body.put(field, value(field));
        return this;
    }

    CommandForm number(String field) {
        String value = value(field);
        if (!value.isEmpty()) {
            try {
                body.put(field, Integer.valueOf(value));
            } catch (NumberFormatException e) {
                errors.put(field, "must be a whole number");
            }
        }
        return this;
    }

    CommandForm flag(String field) {
        String value = value(field);
        if (value.equals("true") || value.equals("false")) {
            body.put(field, Boolean.valueOf(value));
        } else {
            errors.put(field, "choose one");
        }
        return this;
    }

    /** The body. @throws ApiProblem 400 with a message per field when a field could not be read */
    Map<String, Object> body() {
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "The input is not valid", null, errors);
        }
        return body;
    }

    private String value(String field) {
        String value = fields.get(field);
        return value == null ? "" : value.strip();
    }
}
