package io.busbar.smartcharging.replay;

import io.busbar.smartcharging.allocation.PriceSchedule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A seasonal time-of-use tariff with a monthly demand charge, in the shape of acnportal's SCE TOU-EV-4 file: per
 * season (summer June to September, winter otherwise) weekday prices per hour band, and one weekend price; the
 * demand charge is per kW of the month's highest 15-minute average.
 */
public record TouTariff(ZoneId zone, BigDecimal demandChargePerKw, Season summer, Season winter) implements PriceSchedule {

    /** Weekday bands start at {@code hours[i]} (local) with {@code prices[i]}; weekends cost {@code weekend}. */
    public record Season(int[] hours, BigDecimal[] prices, BigDecimal weekend) {
    }

    public static TouTariff read(Path file) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        return new TouTariff(ZoneId.of(root.get("timezone").asString()),
                root.get("demand_charge_usd_per_kw_month").decimalValue(),
                season(root.get("summer_jun01_sep30")), season(root.get("winter_oct01_may31")));
    }

    private static Season season(JsonNode node) {
        JsonNode weekday = node.get("weekday");
        int[] hours = new int[weekday.get("hours").size()];
        BigDecimal[] prices = new BigDecimal[hours.length];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = weekday.get("hours").get(i).asInt();
            prices[i] = weekday.get("usd_per_kwh").get(i).decimalValue();
        }
        return new Season(hours, prices, node.get("weekend_usd_per_kwh").decimalValue());
    }

    @Override
    public BigDecimal pricePerKwhAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        Season season = seasonOf(local.toLocalDate());
        if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return season.weekend();
        }
        BigDecimal price = season.prices()[0];
        for (int i = 0; i < season.hours().length; i++) {
            if (local.getHour() >= season.hours()[i]) {
                price = season.prices()[i];
            }
        }
        return price;
    }

    @Override
    public Instant nextChangeAfter(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime next = local.toLocalDate().plusDays(1).atStartOfDay(zone);
        Season season = seasonOf(local.toLocalDate());
        for (int hour : season.hours()) {
            ZonedDateTime boundary = local.toLocalDate().atTime(hour, 0).atZone(zone);
            if (boundary.isAfter(local) && boundary.isBefore(next)) {
                next = boundary;
            }
        }
        return next.toInstant();
    }

    private Season seasonOf(LocalDate date) {
        Month month = date.getMonth();
        return month.compareTo(Month.JUNE) >= 0 && month.compareTo(Month.SEPTEMBER) <= 0 ? summer : winter;
    }
}
