package io.busbar.devicemodel.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.ChargerCommands;
import io.busbar.commands.CommandErrorException;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.OperatorCommands;
import io.busbar.devicemodel.ChangeConfiguration;
import io.busbar.devicemodel.ConfigurationKeys;
import io.busbar.devicemodel.GetConfiguration;
import io.busbar.devicemodel.GetVariables;
import io.busbar.devicemodel.SetVariables;
import io.busbar.devicemodel.SettingChange;
import io.busbar.devicemodel.SettingValue;
import io.busbar.devicemodel.Settings;
import io.busbar.devicemodel.UnknownSettingException;
import io.busbar.devicemodel.VariableChanges;
import io.busbar.devicemodel.VariableRef;
import io.busbar.devicemodel.VariableValues;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings read from and written to the charger by name: reads with one GetConfiguration / GetVariables for any
 * number of settings (not audited), writes through {@link OperatorCommands} (audited).
 */
@Service
class LiveSettings implements Settings {
    static final String REBOOT_REQUIRED = "RebootRequired";
    private final ChargerRegistry chargers;
    private final ChargerCommands commands;
    private final OperatorCommands operatorCommands;
    private final InventoryTable inventory;
    private final Clock clock;

    LiveSettings(ChargerRegistry chargers, ChargerCommands commands, OperatorCommands operatorCommands,
                 InventoryTable inventory, Clock clock) {
        this.chargers = chargers;
        this.commands = commands;
        this.operatorCommands = operatorCommands;
        this.inventory = inventory;
        this.clock = clock;
    }

    @Override
    public SettingValue read(ChargerIdentity charger, String name) {
        Dialect dialect = Dialect.of(existing(charger));
        SettingAddress address = SettingAddress.resolve(name, dialect);
        SettingValue value = readAll(charger, dialect, List.of(address)).get(address);
        if (value == null) {
            throw new UnknownSettingException(charger, address.raw(),
                    dialect == Dialect.CONFIGURATION_KEYS ? "unknownKey" : "unknown component or variable");
        }
        return value;
    }

    /**
     * The current values of several settings in one request; a setting the charger does not know is left out
     * (2.0.1 UnknownComponent, UnknownVariable and NotSupportedAttributeType included).
     */
    Map<SettingAddress, SettingValue> readAll(ChargerIdentity charger, Dialect dialect, List<SettingAddress> addresses) {
        Map<SettingAddress, SettingValue> values = new LinkedHashMap<>();
        Instant now = clock.instant();
        if (dialect == Dialect.CONFIGURATION_KEYS) {
            List<String> keys = addresses.stream().map(SettingAddress::key).distinct().toList();
            ConfigurationKeys answer = commands.send(charger, new GetConfiguration(keys)).result();
            for (SettingAddress address : addresses) {
                answer.keys().stream().filter(k -> k.key().equalsIgnoreCase(address.key())).findFirst()
                        .ifPresent(k -> values.put(address, new SettingValue(address.common(), k.key(), k.value(),
                                CommandStatus.ACCEPTED, k.readonly(), now)));
            }
        } else {
            // One GetVariables per attribute type: the command carries a single type for all its variables.
            Map<String, List<SettingAddress>> byType = new LinkedHashMap<>();
            addresses.forEach(a -> byType.computeIfAbsent(a.attributeType(), t -> new ArrayList<>()).add(a));
            byType.forEach((type, group) -> {
                List<VariableRef> refs = group.stream().map(SettingAddress::variable).toList();
                VariableValues answer = commands.send(charger, new GetVariables(refs, attributeType(type))).result();
                for (SettingAddress address : group) {
                    answer.variables().stream().filter(v -> same(v.variable(), address.variable())).findFirst()
                            .filter(v -> v.accepted() || "Rejected".equals(v.status()))
                            .ifPresent(v -> values.put(address, new SettingValue(address.common(), address.raw(),
                                    v.value(), v.status(), null, now)));
                }
            });
        }
        values.forEach((address, value) -> {
            if (value.status().equals(CommandStatus.ACCEPTED)) {
                inventory.remember(charger, value.raw(), value.value(), now);
            }
        });
        return values;
    }

    @Override
    public SettingChange change(Actor actor, ChargerIdentity charger, String name, String value) {
        Dialect dialect = Dialect.of(existing(charger));
        SettingAddress address = SettingAddress.resolve(name, dialect);
        SettingValueCheck.check(address, value, inventory.find(charger, address.raw()).orElse(null), dialect);
        SettingChange change;
        if (dialect == Dialect.CONFIGURATION_KEYS) {
            Audited<CommandStatus> answer = operatorCommands.execute(actor, charger,
                    new ChangeConfiguration(address.key(), value));
            change = change(address, value, answer.result().status(), null, null, answer);
        } else {
            Audited<VariableChanges> answer = operatorCommands.execute(actor, charger, new SetVariables(List.of(
                    new SetVariables.Assignment(address.variable(), value, attributeType(address.attributeType())))));
            VariableChanges.VariableChange result = answer.result().variables().stream().findFirst()
                    .orElseThrow(() -> new CommandErrorException(charger, "SetVariables", "InvalidAnswer",
                            "no setVariableResult", null));
            change = change(address, value, result.status(), result.reasonCode(), result.additionalInfo(), answer);
        }
        Instant now = clock.instant();
        if (change.rebootRequired()) {
            inventory.markPendingReboot(charger, now);
        }
        if (change.applied()) {
            inventory.remember(charger, address.raw(), value, now);
        }
        return change;
    }

    private static SettingChange change(SettingAddress address, String value, String status, String reasonCode,
                                        String additionalInfo, Audited<?> answer) {
        return new SettingChange(address.common(), address.raw(), value, status, REBOOT_REQUIRED.equals(status),
                reasonCode, additionalInfo, answer.id());
    }

    /** Actual is the default: leave it out of the request. */
    private static String attributeType(String type) {
        return SettingAddress.ACTUAL.equals(type) ? null : type;
    }

    private static boolean same(VariableRef answered, VariableRef asked) {
        return answered != null && answered.component().equalsIgnoreCase(asked.component())
                && Objects.equals(answered.componentInstance(), asked.componentInstance())
                && Objects.equals(answered.evseId(), asked.evseId())
                && Objects.equals(answered.connectorId(), asked.connectorId())
                && Objects.equals(answered.variable() == null ? null : answered.variable().toLowerCase(),
                asked.variable() == null ? null : asked.variable().toLowerCase())
                && Objects.equals(answered.variableInstance(), asked.variableInstance());
    }

    private Charger existing(ChargerIdentity charger) {
        return chargers.find(charger).orElseThrow(() -> new ChargerNotFoundException(charger));
    }
}
