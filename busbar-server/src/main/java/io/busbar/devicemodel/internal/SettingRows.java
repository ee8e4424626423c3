package io.busbar.devicemodel.internal;

import io.busbar.devicemodel.ConfigurationKeys;
import io.busbar.devicemodel.ReportPart;
import io.busbar.devicemodel.Setting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What chargers report, as inventory rows (one per 1.6 key, one per 2.0.1 variable attribute). */
final class SettingRows {
    private SettingRows() {
    }

    static List<Setting> of(ConfigurationKeys keys, Instant at) {
        Map<String, Setting> rows = new LinkedHashMap<>();
        for (ConfigurationKeys.ConfigurationKey key : keys.keys()) {
            rows.put(key.key(), new Setting(null, key.key(), key.key(), null, SettingAddress.ACTUAL, key.value(),
                    key.readonly() ? "ReadOnly" : "ReadWrite", null, null, null, null, null, null, null, at));
        }
        return List.copyOf(rows.values());
    }

    /** Later parts win when a charger reports the same attribute twice. */
    static List<Setting> of(List<ReportPart.ReportedVariable> variables, Instant at) {
        Map<String, Setting> rows = new LinkedHashMap<>();
        for (ReportPart.ReportedVariable v : variables) {
            for (ReportPart.ReportedAttribute attribute : v.attributes()) {
                String type = attribute.type() == null ? SettingAddress.ACTUAL : attribute.type();
                String raw = SettingAddress.raw(v.variable(), type);
                rows.put(raw, new Setting(null, raw, null, v.variable(), type, attribute.value(),
                        attribute.mutability() == null ? "ReadWrite" : attribute.mutability(), attribute.persistent(),
                        attribute.constant(), v.unit(), v.dataType(), v.minLimit(), v.maxLimit(), v.valuesList(), at));
            }
        }
        return new ArrayList<>(rows.values());
    }
}
