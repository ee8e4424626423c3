package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;

/**
 * Compares a charger's settings with the configuration template that applies to it and, when asked (or when the
 * template says so), corrects what differs. Runs on every accepted boot and on demand (REST, bulk jobs).
 */
public interface DriftChecks {
    /**
     * Reads the template's settings from the charger (it must be online), reports every difference and, if
     * {@code correct} is true or the template has auto-correction on, sets the desired values.
     *
     * @throws io.busbar.commands.CommandException  when the charger cannot be asked (offline, timeout...)
     * @throws io.busbar.chargers.ChargerNotFoundException for an unknown identity
     */
    DriftReport check(Actor actor, ChargerIdentity charger, boolean correct);
}
