package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;

/**
 * One view of settings over both protocol versions. A setting is named by its common name (e.g.
 * {@code HeartbeatInterval}, see docs/device-model.md), by its 1.6 key (on 1.6 chargers), or by its 2.0.1
 * variable's text form ({@link VariableRef}) optionally followed by {@code :AttributeType} (on 2.0.1 chargers).
 */
public interface Settings {
    /**
     * Reads the setting live from the charger (not audited).
     *
     * @throws UnknownSettingException  the charger does not know it
     * @throws InvalidSettingException  the name cannot be a setting of this charger's protocol
     * @throws io.busbar.commands.CommandException when the charger cannot be asked
     */
    SettingValue read(ChargerIdentity charger, String name);

    /**
     * Validates {@code value} (the setting's known type, and the limits, data type and mutability in the charger's
     * inventory) and sets it on the charger, audited as {@code actor}. A RebootRequired answer marks the charger's
     * inventory as pending a reboot.
     *
     * @throws InvalidSettingException nothing was sent: unknown name form, read-only, or a value that does not fit
     * @throws io.busbar.commands.AuditedCommandException when the charger cannot be asked
     */
    SettingChange change(Actor actor, ChargerIdentity charger, String name, String value);
}
