package io.busbar.devicemodel;

import io.busbar.commands.CommandId;

/**
 * The charger's answer to a setting change. {@code status} as the charger sent it (1.6 ConfigurationStatus or
 * 2.0.1 SetVariableStatus); {@code rebootRequired} when it is RebootRequired: stored, effective after a reboot.
 * {@code commandId} is the entry in the command log.
 */
public record SettingChange(String name, String raw, String value, String status, boolean rebootRequired,
                            String reasonCode, String additionalInfo, CommandId commandId) {
    public boolean applied() {
        return "Accepted".equals(status) || rebootRequired;
    }
}
