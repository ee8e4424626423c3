package io.busbar.devicemodel.internal;

import io.busbar.chargers.Charger;
import io.busbar.commands.ChargerOfflineException;

/** How a charger's protocol names its settings: 1.6 configuration keys or the 2.0.1 device model. */
enum Dialect {
    CONFIGURATION_KEYS,
    DEVICE_MODEL;

    /**
     * By the protocol the charger last connected with (the OCPP-J subprotocol name).
     *
     * @throws ChargerOfflineException a charger that never connected cannot be asked anything
     */
    static Dialect of(Charger charger) {
        String protocol = charger.protocol();
        if (protocol == null) {
            throw new ChargerOfflineException(charger.identity(), null);
        }
        return protocol.endsWith("1.6") ? CONFIGURATION_KEYS : DEVICE_MODEL;
    }
}
