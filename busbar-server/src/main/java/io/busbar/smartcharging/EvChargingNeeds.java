package io.busbar.smartcharging;

import java.time.Instant;

/**
 * What an EV told the charger it needs (OCPP 2.0.1 NotifyEVChargingNeeds, from ISO 15118): every field may be null.
 *
 * @param energyWh      energy still wanted (AC energyAmount / DC energyAmount)
 * @param minCurrentA   the EV's minimum current per phase
 * @param maxCurrentA   the EV's maximum current per phase
 * @param phases        1 or 3 from the requested energy transfer (AC_single_phase / AC_three_phase)
 * @param departure     when the driver leaves
 */
public record EvChargingNeeds(Long energyWh, Integer minCurrentA, Integer maxCurrentA, Integer phases,
                              Instant departure) {
}
