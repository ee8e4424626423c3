package io.busbar.tariffs.internal;

import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.PriceLine;
import io.busbar.tariffs.QuantityUnit;
import io.busbar.tariffs.TariffDimension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns billed quantities into lines. One line per component and unit price (quantities summed first, so a line is
 * rounded once): excl. VAT = quantity × unit price (÷ 1000 for Wh → kWh, ÷ 3600 for s → h) rounded half-up to the
 * currency's minor units; VAT = excl. VAT × rate ÷ 100 rounded half-up; incl. VAT = excl. VAT + VAT.
 */
public final class LineAmounts {
    private LineAmounts() {
    }

    private record Key(int element, int component, BigDecimal unitPrice) {
    }

    public static List<PriceLine> lines(List<BilledQuantity> billed, Currency currency) {
        Map<Key, BilledQuantity> grouped = new LinkedHashMap<>();
        for (BilledQuantity quantity : billed) {
            Key key = new Key(quantity.component().elementIndex(), quantity.component().componentIndex(),
                    quantity.unitPrice().stripTrailingZeros());
            grouped.merge(key, quantity, (a, b) -> new BilledQuantity(a.component(), a.unitPrice(), a.quantity().add(b.quantity())));
        }
        List<PriceLine> lines = new ArrayList<>();
        grouped.values().forEach(quantity -> lines.add(line(quantity, currency)));
        return lines;
    }

    public static PriceLine line(BilledQuantity billed, Currency currency) {
        PriceComponent component = billed.component().component();
        int minorUnits = Money.minorUnits(currency);
        BigDecimal quantity = billed.quantity().stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
        BigDecimal exclVat = quantity.multiply(billed.unitPrice())
                .divide(divisor(component.dimension()), minorUnits, RoundingMode.HALF_UP);
        BigDecimal vat = component.vatPercent() == null
                ? BigDecimal.ZERO
                : exclVat.multiply(component.vatPercent()).divide(BigDecimal.valueOf(100), minorUnits, RoundingMode.HALF_UP);
        Money excl = new Money(exclVat, currency);
        Money tax = new Money(vat, currency);
        return new PriceLine(component.dimension(), billed.component().elementIndex(),
                billed.component().componentIndex(), quantity, unit(component.dimension()), billed.unitPrice(),
                component.vatPercent(), excl, tax, excl.plus(tax));
    }

    static QuantityUnit unit(TariffDimension dimension) {
        return switch (dimension) {
            case ENERGY -> QuantityUnit.WATT_HOUR;
            case TIME, PARKING_TIME -> QuantityUnit.SECOND;
            case FLAT -> QuantityUnit.SESSION;
        };
    }

    private static BigDecimal divisor(TariffDimension dimension) {
        return switch (dimension) {
            case ENERGY -> BigDecimal.valueOf(1000);
            case TIME, PARKING_TIME -> BigDecimal.valueOf(3600);
            case FLAT -> BigDecimal.ONE;
        };
    }
}
