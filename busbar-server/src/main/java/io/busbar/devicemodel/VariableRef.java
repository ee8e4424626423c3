package io.busbar.devicemodel;

import java.util.Objects;

/**
 * One OCPP 2.0.1 device-model variable: a component (name, optional instance, optional EVSE and connector) and a
 * variable (name, optional instance). {@code variable} may be null only where a whole component is meant
 * (GetReport). The text form, used in URLs and templates, is
 * {@code Component[(instance)][@evse[.connector]].Variable[(instance)]}, e.g. {@code OCPPCommCtrlr.HeartbeatInterval},
 * {@code OCPPCommCtrlr.MessageAttempts(TransactionEvent)}, {@code EVSE@1.Power}, {@code Connector@1.1.ConnectorType}.
 */
public record VariableRef(String component, String componentInstance, Integer evseId, Integer connectorId,
                          String variable, String variableInstance) {
    /** OCPP 2.0.1 identifierString fields are at most 50 characters. */
    private static final int MAX_NAME = 50;

    public VariableRef {
        name(component, "component");
        optional(componentInstance, "component instance");
        optional(variable, "variable");
        optional(variableInstance, "variable instance");
        if (variable == null && variableInstance != null) {
            throw new IllegalArgumentException("A variable instance needs a variable name");
        }
        if (connectorId != null && evseId == null) {
            throw new IllegalArgumentException("A connector id needs an EVSE id");
        }
        if (evseId != null && evseId < 0 || connectorId != null && connectorId < 0) {
            throw new IllegalArgumentException("EVSE and connector ids are not negative");
        }
    }

    public static VariableRef of(String component, String variable) {
        return new VariableRef(component, null, null, null, variable, null);
    }

    public static VariableRef of(String component, String variable, String variableInstance) {
        return new VariableRef(component, null, null, null, variable, variableInstance);
    }

    /** Reads the text form (see the class comment). @throws IllegalArgumentException with the reason */
    public static VariableRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int split = lastDotOutsideParentheses(text);
        if (split < 0) {
            throw new IllegalArgumentException("'" + text + "' is not Component.Variable (e.g. OCPPCommCtrlr.HeartbeatInterval)");
        }
        String componentPart = text.substring(0, split);
        Named variable = named(text.substring(split + 1), text);
        Integer evse = null;
        Integer connector = null;
        int at = componentPart.lastIndexOf('@');
        if (at > componentPart.lastIndexOf(')')) {
            String[] ids = componentPart.substring(at + 1).split("\\.", -1);
            if (ids.length > 2) {
                throw new IllegalArgumentException("'" + text + "': write @evse or @evse.connector");
            }
            evse = number(ids[0], text);
            connector = ids.length == 2 ? number(ids[1], text) : null;
            componentPart = componentPart.substring(0, at);
        }
        Named component = named(componentPart, text);
        return new VariableRef(component.name, component.instance, evse, connector, variable.name, variable.instance);
    }

    /** The text form (see the class comment). */
    public String text() {
        StringBuilder text = new StringBuilder(component);
        if (componentInstance != null) {
            text.append('(').append(componentInstance).append(')');
        }
        if (evseId != null) {
            text.append('@').append(evseId);
            if (connectorId != null) {
                text.append('.').append(connectorId);
            }
        }
        if (variable != null) {
            text.append('.').append(variable);
            if (variableInstance != null) {
                text.append('(').append(variableInstance).append(')');
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    private record Named(String name, String instance) {
    }

    private static Named named(String part, String text) {
        int open = part.indexOf('(');
        if (open < 0) {
            return new Named(part, null);
        }
        if (!part.endsWith(")") || open == 0) {
            throw new IllegalArgumentException("'" + text + "': write Name(instance)");
        }
        return new Named(part.substring(0, open), part.substring(open + 1, part.length() - 1));
    }

    private static int lastDotOutsideParentheses(String text) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '.' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    private static Integer number(String digits, String text) {
        if (!digits.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + text + "': EVSE and connector ids are numbers");
        }
        return Integer.valueOf(digits);
    }

    private static void name(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " name is required");
        }
        optional(value, what);
    }

    private static void optional(String value, String what) {
        if (value != null && (value.isBlank() || value.length() > MAX_NAME || value.indexOf('(') >= 0
                || value.indexOf(')') >= 0)) {
            throw new IllegalArgumentException("A " + what + " has 1 to " + MAX_NAME + " characters and no parentheses");
        }
    }
}
