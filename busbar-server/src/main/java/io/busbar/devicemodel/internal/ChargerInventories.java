package io.busbar.devicemodel.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.OperatorCommands;
import io.busbar.devicemodel.ConfigurationKeys;
import io.busbar.devicemodel.GetBaseReport;
import io.busbar.devicemodel.GetConfiguration;
import io.busbar.devicemodel.Inventories;
import io.busbar.devicemodel.InventoryRefresh;
import io.busbar.devicemodel.InventorySummary;
import io.busbar.devicemodel.Setting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reads inventories and refreshes them from the charger. */
@Service
class ChargerInventories implements Inventories {
    static final String FULL_INVENTORY = "FullInventory";
    private final InventoryTable inventory;
    private final ChargerRegistry chargers;
    private final OperatorCommands commands;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChargerInventories(InventoryTable inventory, ChargerRegistry chargers, OperatorCommands commands,
                       TransactionTemplate transactions, Clock clock) {
        this.inventory = inventory;
        this.chargers = chargers;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public InventorySummary summary(ChargerIdentity charger) {
        existing(charger);
        return inventory.summary(charger);
    }

    @Override
    public List<Setting> settings(ChargerIdentity charger, String after, int limit) {
        existing(charger);
        return inventory.page(charger, after, limit);
    }

    @Override
    public InventoryRefresh refresh(Actor actor, ChargerIdentity charger) {
        Dialect dialect = Dialect.of(existing(charger));
        if (dialect == Dialect.CONFIGURATION_KEYS) {
            Audited<ConfigurationKeys> answer = commands.execute(actor, charger, new GetConfiguration(List.of()));
            Instant now = clock.instant();
            transactions.executeWithoutResult(tx -> inventory.replace(charger, SettingRows.of(answer.result(), now), now));
            return new InventoryRefresh(null, CommandStatus.ACCEPTED, true, inventory.summary(charger));
        }
        // Recorded before sending: the first NotifyReport may arrive before the answer to GetBaseReport is read.
        int requestId = inventory.nextRequestId();
        inventory.expectRefresh(charger, requestId, clock.instant());
        CommandStatus status;
        try {
            status = commands.execute(actor, charger, new GetBaseReport(requestId, FULL_INVENTORY)).result();
        } catch (RuntimeException e) {
            inventory.takeRefresh(charger, requestId);
            throw e;
        }
        if (!status.accepted()) {
            inventory.takeRefresh(charger, requestId);
        }
        return new InventoryRefresh(requestId, status.status(), false, inventory.summary(charger));
    }

    private Charger existing(ChargerIdentity charger) {
        return chargers.find(charger).orElseThrow(() -> new ChargerNotFoundException(charger));
    }
}
