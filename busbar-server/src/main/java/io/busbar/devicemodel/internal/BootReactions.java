package io.busbar.devicemodel.internal;

import io.busbar.chargers.ChargerBooted;
import io.busbar.commands.Actor;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.CommandException;
import io.busbar.devicemodel.ConfigurationTemplates;
import io.busbar.devicemodel.DriftChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What a boot means for the device model: a reboot the inventory was waiting for has happened, and the charger's
 * settings are checked against its template. Runs after the boot was committed; by then the gateway has (or is
 * about to have) answered the BootNotification, and outbound calls queue behind nothing the charger waits for.
 */
@Component
class BootReactions {
    static final Actor DRIFT_CHECK = Actor.system("drift-check");
    private static final Logger log = LoggerFactory.getLogger(BootReactions.class);
    private final InventoryTable inventory;
    private final ConfigurationTemplates templates;
    private final DriftChecks driftChecks;

    BootReactions(InventoryTable inventory, ConfigurationTemplates templates, DriftChecks driftChecks) {
        this.inventory = inventory;
        this.templates = templates;
        this.driftChecks = driftChecks;
    }

    /**
     * No surrounding transaction: the check waits for the charger and must not hold a connection meanwhile. Only
     * for boots that may matter ({@link #concerns}): any other would cost an event publication row and three
     * transactions for nothing, once per charger in a boot storm.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "@bootReactions.concerns(#root.args[0])")
    void on(ChargerBooted booted) {
        inventory.clearPendingReboot(booted.charger());
        if (templates.applicableTo(booted.charger(), booted.vendor(), booted.model()).isEmpty()) {
            return;
        }
        try {
            driftChecks.check(DRIFT_CHECK, booted.charger(), false);
        } catch (CommandException | AuditedCommandException e) {
            // The charger went away or did not answer; its next boot (or an operator) checks again.
            log.warn("Drift check of {} after boot failed: {}", booted.charger(), e.getMessage());
        }
    }

    /** Asked in the boot's transaction, as the event is published: one indexed read instead of a publication. */
    public boolean concerns(ChargerBooted booted) {
        return inventory.rebootPendingOrTemplates(booted.charger());
    }
}
