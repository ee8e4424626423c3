package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;

import java.util.List;

/** Each charger's reported settings (1.6 configuration keys, 2.0.1 device model) as one inventory. */
public interface Inventories {
    /** @throws io.busbar.chargers.ChargerNotFoundException for an unknown identity */
    InventorySummary summary(ChargerIdentity charger);

    /** Ordered by {@link Setting#raw()}; {@code after} is an exclusive cursor (a raw name), null for the first page. */
    List<Setting> settings(ChargerIdentity charger, String after, int limit);

    /**
     * Asks the charger for everything (1.6 GetConfiguration without keys, 2.0.1 GetBaseReport FullInventory),
     * audited as {@code actor}.
     *
     * @throws io.busbar.commands.AuditedCommandException when the charger cannot be asked
     */
    InventoryRefresh refresh(Actor actor, ChargerIdentity charger);
}
