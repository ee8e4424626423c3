package io.busbar.devicemodel.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.AuditedCommandException;
import io.busbar.devicemodel.ConfigurationTemplate;
import io.busbar.devicemodel.ConfigurationTemplates;
import io.busbar.devicemodel.DriftChecks;
import io.busbar.devicemodel.DriftReport;
import io.busbar.devicemodel.DriftReport.Correction;
import io.busbar.devicemodel.DriftReport.Drift;
import io.busbar.devicemodel.InvalidSettingException;
import io.busbar.devicemodel.Setting;
import io.busbar.devicemodel.SettingChange;
import io.busbar.devicemodel.SettingValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the applicable template's settings from the charger in one request, reports each that differs, and sets
 * the desired value when asked or when the template corrects automatically. Every check is stored.
 */
@Service
class TemplateDriftChecks implements DriftChecks {
    private static final Logger log = LoggerFactory.getLogger(TemplateDriftChecks.class);
    private final ChargerRegistry chargers;
    private final ConfigurationTemplates templates;
    private final LiveSettings settings;
    private final InventoryTable inventory;
    private final DriftTable reports;
    private final Clock clock;

    TemplateDriftChecks(ChargerRegistry chargers, ConfigurationTemplates templates, LiveSettings settings,
                        InventoryTable inventory, DriftTable reports, Clock clock) {
        this.chargers = chargers;
        this.templates = templates;
        this.settings = settings;
        this.inventory = inventory;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public DriftReport check(Actor actor, ChargerIdentity identity, boolean correct) {
        Charger charger = chargers.find(identity).orElseThrow(() -> new ChargerNotFoundException(identity));
        String vendor = charger.description() == null ? null : charger.description().vendor();
        String model = charger.description() == null ? null : charger.description().model();
        Optional<ConfigurationTemplate> template = templates.applicableTo(identity, vendor, model);
        if (template.isEmpty()) {
            DriftReport none = new DriftReport(identity, null, clock.instant(), List.of());
            reports.save(none);
            return none;
        }
        Dialect dialect = Dialect.of(charger);
        Map<String, SettingAddress> addresses = new LinkedHashMap<>();
        List<Drift> drifts = new ArrayList<>();
        template.get().settings().forEach((name, desired) -> {
            try {
                addresses.put(name, SettingAddress.resolve(name, dialect));
            } catch (InvalidSettingException e) {
                drifts.add(new Drift(name, desired, null, new Correction("Invalid: " + e.getMessage(), false, false)));
            }
        });
        Map<SettingAddress, SettingValue> reported = settings.readAll(identity, dialect, List.copyOf(addresses.values()));
        boolean correcting = correct || template.get().autoCorrect();
        addresses.forEach((name, address) -> {
            String desired = template.get().settings().get(name);
            SettingValue value = reported.get(address);
            String current = value == null ? null : value.value();
            if (!kind(identity, address).same(desired, current)) {
                drifts.add(new Drift(name, desired, current, correcting ? correct(actor, identity, name, desired) : null));
            }
        });
        DriftReport report = new DriftReport(identity, template.get().name(), clock.instant(), List.copyOf(drifts));
        reports.save(report);
        log.info("Drift check of {} against template {}: {} of {} settings differ{}", identity, report.template(),
                drifts.size(), template.get().settings().size(), correcting ? " (corrected where the charger accepted)" : "");
        return report;
    }

    private Correction correct(Actor actor, ChargerIdentity charger, String name, String desired) {
        try {
            SettingChange change = settings.change(actor, charger, name, desired);
            return new Correction(change.status(), change.applied(), change.rebootRequired());
        } catch (InvalidSettingException e) {
            return new Correction("Invalid: " + e.getMessage(), false, false);
        } catch (AuditedCommandException e) {
            return new Correction(e.failure().name(), false, false);
        }
    }

    /** A raw setting without a common name is compared by the data type the charger reported, if any. */
    private ValueKind kind(ChargerIdentity charger, SettingAddress address) {
        if (address.common() != null) {
            return address.kind();
        }
        return inventory.find(charger, address.raw()).map(Setting::dataType).map(ValueKind::ofDataType)
                .orElse(ValueKind.TEXT);
    }
}
