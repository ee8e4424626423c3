package io.busbar.tariffs;

import io.busbar.tariffs.internal.BilledQuantity;
import io.busbar.tariffs.internal.ComponentRef;
import io.busbar.tariffs.internal.ElementChooser;
import io.busbar.tariffs.internal.LineAmounts;
import io.busbar.tariffs.internal.PeriodMerger;
import io.busbar.tariffs.internal.PriceLimits;
import io.busbar.tariffs.internal.PricedSlice;
import io.busbar.tariffs.internal.Slice;
import io.busbar.tariffs.internal.StepBilling;
import io.busbar.tariffs.internal.TimelineSlicer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The exact price of a session under a tariff: a pure function of the tariff, the session's metered timeline, the
 * site's time zone and the price schedules the tariff reads. The same input always gives the same breakdown; a
 * running session is priced by passing the timeline so far. The rules are in {@code docs/pricing.md}.
 */
public final class TariffCalculator {
    private static final List<TariffDimension> METERED =
            List.of(TariffDimension.ENERGY, TariffDimension.TIME, TariffDimension.PARKING_TIME);

    private TariffCalculator() {
    }

    public static PriceBreakdown calculate(Tariff tariff, MeteredTimeline timeline, ZoneId zone) {
        return calculate(tariff, timeline, zone, PriceSchedules.NONE);
    }

    public static PriceBreakdown calculate(Tariff tariff, MeteredTimeline timeline, ZoneId zone,
                                           PriceSchedules schedules) {
        TimelineSlicer slicer = new TimelineSlicer(tariff, timeline, zone, schedules);
        ElementChooser chooser = new ElementChooser(tariff);
        List<PricedSlice> priced = new ArrayList<>();
        for (Slice slice : slicer.slices()) {
            Map<TariffDimension, ComponentRef> components = new EnumMap<>(TariffDimension.class);
            for (TariffDimension dimension : METERED) {
                ComponentRef ref = chooser.choose(dimension, slice.moment());
                if (ref != null) {
                    components.put(dimension, ref);
                }
            }
            ComponentRef energy = components.get(TariffDimension.ENERGY);
            BigDecimal energyPrice = energy == null ? null
                    : energyPrice(energy.component(), timeline.start(), slice.start(), schedules);
            priced.add(new PricedSlice(slice, components, energyPrice));
        }

        List<BilledQuantity> billed = new ArrayList<>();
        // OCPI 2.2.1 FLAT: once per session, from the element in force when the session starts
        ComponentRef flat = chooser.choose(TariffDimension.FLAT, slicer.momentAtStart());
        if (flat != null) {
            billed.add(new BilledQuantity(flat, flat.component().price(), BigDecimal.ONE));
        }
        for (TariffDimension dimension : METERED) {
            billed.addAll(StepBilling.bill(dimension, priced));
        }
        List<PriceLine> lines = LineAmounts.lines(billed, tariff.currency());

        Money exclVat = Money.zero(tariff.currency());
        Money vat = Money.zero(tariff.currency());
        for (PriceLine line : lines) {
            exclVat = exclVat.plus(line.exclVat());
            vat = vat.plus(line.vat());
        }
        List<PriceLimitAdjustment> adjustments = PriceLimits.adjustments(tariff, exclVat, exclVat.plus(vat));
        for (PriceLimitAdjustment adjustment : adjustments) {
            exclVat = exclVat.plus(adjustment.exclVat());
            vat = vat.plus(adjustment.vat());
        }
        return new PriceBreakdown(tariff.id(), tariff.currency(), timeline.start(), timeline.end(),
                PeriodMerger.periods(priced), lines, adjustments, exclVat, vat, exclVat.plus(vat));
    }

    private static BigDecimal energyPrice(PriceComponent component, Instant sessionStart, Instant at,
                                          PriceSchedules schedules) {
        DynamicPrice dynamic = component.dynamicPrice();
        if (dynamic == null) {
            return component.price();
        }
        PriceSchedule schedule = schedules.require(dynamic.schedule());
        return schedule.priceAt(dynamic.lockedAtStart() ? sessionStart : at).orElse(component.price());
    }
}
