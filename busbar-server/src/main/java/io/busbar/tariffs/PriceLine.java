package io.busbar.tariffs;

import java.math.BigDecimal;

/**
 * One priced line: everything billed by one price component at one unit price.
 *
 * @param elementIndex   index of the element in the tariff
 * @param componentIndex index of the component in that element
 * @param quantity       billed quantity after step rounding, in {@code unit}
 * @param unitPrice      excluding VAT, per kWh (WATT_HOUR lines), per hour (SECOND lines) or per session
 * @param vatPercent     {@code null} when no VAT applies
 * @param exclVat        quantity × unit price, rounded half-up to minor units
 * @param vat            exclVat × VAT%, rounded half-up to minor units
 * @param inclVat        exclVat + vat
 */
public record PriceLine(TariffDimension dimension, int elementIndex, int componentIndex, BigDecimal quantity,
                        QuantityUnit unit, BigDecimal unitPrice, BigDecimal vatPercent,
                        Money exclVat, Money vat, Money inclVat) {
}
