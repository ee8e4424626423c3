package io.busbar.pricedisplay;

import java.math.BigDecimal;

/**
 * Unit prices in force for a session, incl. VAT, as a charger display shows them; each null when the tariff has no
 * such component.
 *
 * @param kWhPrice         per kWh delivered
 * @param hourPrice        per hour of charging time
 * @param flatFee          per session
 * @param idleHourPrice    per hour idle after the grace period
 * @param idleGraceMinutes free idle minutes
 */
public record DisplayPrices(BigDecimal kWhPrice, BigDecimal hourPrice, BigDecimal flatFee, BigDecimal idleHourPrice,
                            Integer idleGraceMinutes) {
    public static final DisplayPrices NONE = new DisplayPrices(null, null, null, null, null);
}
