package io.busbar.tariffs.internal;

import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffDimension;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffRestrictions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Chooses the component that prices a dimension at a moment: the first element, in tariff order, that has a component
 * of the dimension and whose restrictions all hold (OCPI 2.2.1 Tariff object: "the first Tariff Element with that
 * Dimension in the list with matching Tariff Restrictions will be used"). Reservation elements never price a session.
 */
public final class ElementChooser {
    private final Tariff tariff;

    public ElementChooser(Tariff tariff) {
        this.tariff = tariff;
    }

    /** The pricing component, or {@code null} when the dimension is free at this moment. */
    public ComponentRef choose(TariffDimension dimension, PricingMoment moment) {
        for (int e = 0; e < tariff.elements().size(); e++) {
            TariffElement element = tariff.elements().get(e);
            for (int c = 0; c < element.components().size(); c++) {
                if (element.components().get(c).dimension() == dimension) {
                    if (holds(element.restrictions(), moment)) {
                        return new ComponentRef(e, c, element.components().get(c));
                    }
                    break;
                }
            }
        }
        return null;
    }

    static boolean holds(TariffRestrictions r, PricingMoment moment) {
        if (r.reservation() != null) {
            return false;
        }
        LocalTime time = moment.localTime().toLocalTime();
        LocalDate date = moment.localTime().toLocalDate();
        return timeOfDayHolds(r.startTime(), r.endTime(), time)
                && (r.startDate() == null || !date.isBefore(r.startDate()))
                && (r.endDate() == null || date.isBefore(r.endDate()))
                && (r.daysOfWeek().isEmpty() || r.daysOfWeek().contains(date.getDayOfWeek()))
                && within(moment.energySoFarWh(), thousandfold(r.minKwh()), thousandfold(r.maxKwh()))
                && within(BigDecimal.valueOf(moment.power().watts()), thousandfold(r.minPower()), thousandfold(r.maxPower()))
                && within(moment.current().inAmps(), r.minCurrent(), r.maxCurrent())
                && (r.minDuration() == null || moment.elapsed().compareTo(r.minDuration()) >= 0)
                && (r.maxDuration() == null || moment.elapsed().compareTo(r.maxDuration()) < 0);
    }

    /** Start inclusive, end exclusive; a start after the end crosses midnight; equal start and end mean all day. */
    static boolean timeOfDayHolds(LocalTime start, LocalTime end, LocalTime time) {
        if (start == null && end == null || start != null && start.equals(end)) {
            return true;
        }
        if (start == null) {
            return time.isBefore(end);
        }
        if (end == null) {
            return !time.isBefore(start);
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) < 0);
    }

    private static BigDecimal thousandfold(BigDecimal value) {
        return value == null ? null : value.movePointRight(3);
    }
}
