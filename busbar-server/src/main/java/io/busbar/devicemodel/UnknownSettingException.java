package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;

/** The charger does not know the setting (1.6 unknownKey, 2.0.1 UnknownComponent / UnknownVariable...). */
public class UnknownSettingException extends RuntimeException {
    public UnknownSettingException(ChargerIdentity charger, String name, String answer) {
        super("Charger " + charger.value() + " does not know " + name + " (" + answer + ")");
    }
}
