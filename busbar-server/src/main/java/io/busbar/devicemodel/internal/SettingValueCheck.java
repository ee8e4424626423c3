package io.busbar.devicemodel.internal;

import io.busbar.devicemodel.InvalidSettingException;
import io.busbar.devicemodel.Setting;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Refuses a value before anything is sent: by the setting's known type, and by what the charger reported about it
 * (mutability, 2.0.1 dataType, minLimit/maxLimit, valuesList).
 */
final class SettingValueCheck {
    /** 1.6 ChangeConfiguration.req value is CiString500; 2.0.1 SetVariableData.attributeValue is string(1000). */
    private static final int MAX_16 = 500;
    private static final int MAX_201 = 1000;

    private SettingValueCheck() {
    }

    static void check(SettingAddress address, String value, Setting reported, Dialect dialect) {
        if (value == null) {
            throw new InvalidSettingException("value", "A value is required");
        }
        int max = dialect == Dialect.CONFIGURATION_KEYS ? MAX_16 : MAX_201;
        if (value.length() > max) {
            throw new InvalidSettingException("value", "A value has at most " + max + " characters");
        }
        String problem = address.kind().problem(value);
        if (problem != null) {
            throw new InvalidSettingException("value", address.raw() + " " + problem);
        }
        if (reported == null) {
            return;
        }
        if ("ReadOnly".equals(reported.mutability())) {
            throw new InvalidSettingException("name", address.raw() + " is read-only on this charger");
        }
        String reason = reportedProblem(reported, value.trim());
        if (reason != null) {
            throw new InvalidSettingException("value", address.raw() + " " + reason);
        }
    }

    private static String reportedProblem(Setting reported, String value) {
        String dataType = reported.dataType();
        if (dataType == null) {
            return null;
        }
        switch (dataType) {
            case "integer", "decimal" -> {
                boolean integer = dataType.equals("integer");
                if (!value.matches(integer ? "-?\\d{1,18}" : "-?\\d+(\\.\\d+)?")) {
                    return "must be " + (integer ? "a whole number" : "a decimal number");
                }
                BigDecimal number = new BigDecimal(value);
                if (reported.minLimit() != null && number.compareTo(reported.minLimit()) < 0) {
                    return "must be at least " + reported.minLimit().toPlainString();
                }
                if (reported.maxLimit() != null && number.compareTo(reported.maxLimit()) > 0) {
                    return "must be at most " + reported.maxLimit().toPlainString();
                }
            }
            case "boolean" -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    return "must be true or false";
                }
            }
            case "OptionList" -> {
                if (reported.valuesList() != null && !members(reported.valuesList()).contains(value)) {
                    return "must be one of " + reported.valuesList();
                }
            }
            case "MemberList", "SequenceList" -> {
                if (reported.valuesList() != null && !members(reported.valuesList()).containsAll(members(value))) {
                    return "may only list " + reported.valuesList();
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private static List<String> members(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
    }
}
