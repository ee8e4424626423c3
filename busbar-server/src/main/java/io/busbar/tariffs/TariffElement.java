package io.busbar.tariffs;

import java.util.List;

/** A group of price components that apply together while the restrictions hold (OCPI 2.2.1 TariffElement). */
public record TariffElement(List<PriceComponent> components, TariffRestrictions restrictions) {
    public TariffElement {
        if (components == null || components.isEmpty()) {
            throw new IllegalArgumentException("a tariff element needs at least one price component");
        }
        components = List.copyOf(components);
        restrictions = restrictions == null ? TariffRestrictions.NONE : restrictions;
    }

    public static TariffElement of(PriceComponent... components) {
        return new TariffElement(List.of(components), TariffRestrictions.NONE);
    }

    public TariffElement when(TariffRestrictions restrictions) {
        return new TariffElement(components, restrictions);
    }
}
