package io.busbar.devicemodel.internal;

import io.busbar.devicemodel.InvalidSettingException;
import io.busbar.devicemodel.VariableRef;

import java.util.Optional;
import java.util.Set;

/**
 * Where a named setting lives on a charger of one {@link Dialect}: its 1.6 key, or its 2.0.1 variable and attribute
 * type. {@code common} is the common name when the setting has one; {@code kind} its value type when known.
 */
record SettingAddress(String common, String key, VariableRef variable, String attributeType, ValueKind kind) {
    static final String ACTUAL = "Actual";
    private static final Set<String> ATTRIBUTE_TYPES = Set.of(ACTUAL, "Target", "MinSet", "MaxSet");
    /** 1.6 ChangeConfiguration.req key is CiString50. */
    private static final int MAX_KEY = 50;

    /**
     * Resolves a common name, 1.6 key (1.6 chargers) or 2.0.1 variable text with optional {@code :AttributeType}
     * (2.0.1 chargers).
     *
     * @throws InvalidSettingException when the name cannot be a setting of this dialect
     */
    static SettingAddress resolve(String name, Dialect dialect) {
        if (name == null || name.isBlank()) {
            throw new InvalidSettingException("name", "A setting name is required");
        }
        if (dialect == Dialect.CONFIGURATION_KEYS) {
            Optional<CommonSetting> common = CommonSettings.find(name);
            if (common.isPresent()) {
                return new SettingAddress(common.get().name(), common.get().key(), null, ACTUAL, common.get().kind());
            }
            if (name.length() > MAX_KEY) {
                throw new InvalidSettingException("name", "A 1.6 configuration key has at most " + MAX_KEY + " characters");
            }
            return new SettingAddress(null, name, null, ACTUAL, ValueKind.TEXT);
        }
        String base = name;
        String attributeType = ACTUAL;
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(')')) {
            base = name.substring(0, colon);
            attributeType = ATTRIBUTE_TYPES.stream().filter(t -> t.equalsIgnoreCase(name.substring(colon + 1)))
                    .findFirst().orElseThrow(() -> new InvalidSettingException("name",
                            "The attribute type after ':' is one of Actual, Target, MinSet, MaxSet"));
        }
        Optional<CommonSetting> common = CommonSettings.find(base);
        if (common.isPresent()) {
            return new SettingAddress(common.get().name(), null, common.get().variable(), attributeType,
                    common.get().kind());
        }
        try {
            return new SettingAddress(null, null, VariableRef.parse(base), attributeType, ValueKind.TEXT);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("name", e.getMessage() + "; or use a common name such as HeartbeatInterval");
        }
    }

    /** The name the inventory keeps it under: the key, or the variable text with {@code :AttributeType} unless Actual. */
    String raw() {
        return key != null ? key : raw(variable, attributeType);
    }

    static String raw(VariableRef variable, String attributeType) {
        return variable.text() + (attributeType == null || ACTUAL.equals(attributeType) ? "" : ":" + attributeType);
    }
}
