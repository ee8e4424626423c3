package io.busbar.devicemodel.internal;

import io.busbar.devicemodel.VariableRef;

/** A setting both protocol versions have: its common name, 1.6 key and 2.0.1 variable. */
record CommonSetting(String name, String key, VariableRef variable, ValueKind kind) {
}
