package io.busbar.tariffs.ocpi;

import io.busbar.tariffs.IdlePolicy;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.PriceLimit;
import io.busbar.tariffs.ReservationRestriction;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffDimension;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffId;
import io.busbar.tariffs.TariffRestrictions;
import io.busbar.tariffs.TariffText;
import io.busbar.tariffs.TariffType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an OCPI 2.2.1 Tariff into the Busbar model and writes one from it. Reading is lossless for every field the
 * calculation uses. Writing loses what OCPI 2.2.1 cannot say, listed by {@link #lostOnExport(Tariff)}: the idle grace
 * period and threshold, and schedule-indexed prices (the component's fixed price is sent).
 * A malformed field is an {@link IllegalArgumentException} naming it.
 */
public final class OcpiTariffMapping {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private OcpiTariffMapping() {
    }

    public static Tariff fromOcpi(OcpiTariff ocpi) {
        if (ocpi.elements() == null || ocpi.elements().isEmpty()) {
            throw new IllegalArgumentException("OCPI tariff " + ocpi.id() + " has no elements");
        }
        List<TariffElement> elements = new ArrayList<>();
        for (OcpiTariff.Element element : ocpi.elements()) {
            if (element.priceComponents() == null || element.priceComponents().isEmpty()) {
                throw new IllegalArgumentException("OCPI tariff " + ocpi.id() + " has an element without price_components");
            }
            List<PriceComponent> components = element.priceComponents().stream().map(OcpiTariffMapping::component).toList();
            elements.add(new TariffElement(components, restrictions(element.restrictions())));
        }
        return new Tariff(new TariffId(ocpi.id()), currency(ocpi.currency()),
                ocpi.type() == null ? null : enumValue(TariffType.class, ocpi.type(), "type"),
                elements, limit(ocpi.minPrice()), limit(ocpi.maxPrice()), IdlePolicy.NONE,
                ocpi.tariffAltText() == null ? List.of()
                        : ocpi.tariffAltText().stream().map(t -> new TariffText(t.language(), t.text())).toList(),
                ocpi.tariffAltUrl(), dateTime(ocpi.startDateTime(), "start_date_time"),
                dateTime(ocpi.endDateTime(), "end_date_time"));
    }

    public static OcpiTariff toOcpi(Tariff tariff, String countryCode, String partyId, Instant lastUpdated) {
        List<OcpiTariff.Element> elements = tariff.elements().stream()
                .map(element -> new OcpiTariff.Element(
                        element.components().stream().map(OcpiTariffMapping::component).toList(),
                        element.restrictions().isNone() ? null : restrictions(element.restrictions())))
                .toList();
        return new OcpiTariff(countryCode, partyId, tariff.id().value(), tariff.currency().getCurrencyCode(),
                tariff.type() == null ? null : tariff.type().name(),
                tariff.altText().isEmpty() ? null
                        : tariff.altText().stream().map(t -> new OcpiTariff.DisplayText(t.language(), t.text())).toList(),
                tariff.altUrl(), price(tariff.minPrice()), price(tariff.maxPrice()), elements,
                instant(tariff.validFrom()), instant(tariff.validUntil()), instant(lastUpdated));
    }

    /** What a receiver of {@link #toOcpi} will not know about the tariff; empty when the export is exact. */
    public static List<String> lostOnExport(Tariff tariff) {
        List<String> lost = new ArrayList<>();
        if (!tariff.idlePolicy().gracePeriod().isZero()) {
            lost.add("idle grace period of " + tariff.idlePolicy().gracePeriod());
        }
        if (tariff.idlePolicy().idleBelow().watts() > 0) {
            lost.add("idle below " + tariff.idlePolicy().idleBelow());
        }
        tariff.elements().stream().flatMap(element -> element.components().stream())
                .filter(component -> component.dynamicPrice() != null)
                .forEach(component -> lost.add("ENERGY price follows schedule '"
                        + component.dynamicPrice().schedule().value() + "' (sent as " + component.price() + ")"));
        return lost;
    }

    private static PriceComponent component(OcpiTariff.PriceComponent ocpi) {
        if (ocpi.type() == null || ocpi.price() == null || ocpi.stepSize() == null) {
            throw new IllegalArgumentException("an OCPI price component needs type, price and step_size: " + ocpi);
        }
        return new PriceComponent(enumValue(TariffDimension.class, ocpi.type(), "price_components.type"),
                ocpi.price(), ocpi.vat(), ocpi.stepSize(), null);
    }

    private static OcpiTariff.PriceComponent component(PriceComponent component) {
        return new OcpiTariff.PriceComponent(component.dimension().name(), component.price(), component.vatPercent(),
                component.stepSize());
    }

    private static TariffRestrictions restrictions(OcpiTariff.Restrictions r) {
        if (r == null) {
            return TariffRestrictions.NONE;
        }
        Set<DayOfWeek> days = r.dayOfWeek() == null ? Set.of() : r.dayOfWeek().stream()
                .map(day -> enumValue(DayOfWeek.class, day, "day_of_week")).collect(Collectors.toSet());
        return new TariffRestrictions(time(r.startTime(), "start_time"), time(r.endTime(), "end_time"),
                date(r.startDate(), "start_date"), date(r.endDate(), "end_date"), r.minKwh(), r.maxKwh(),
                r.minCurrent(), r.maxCurrent(), r.minPower(), r.maxPower(), seconds(r.minDuration()),
                seconds(r.maxDuration()), days,
                r.reservation() == null ? null : enumValue(ReservationRestriction.class, r.reservation(), "reservation"));
    }

    private static OcpiTariff.Restrictions restrictions(TariffRestrictions r) {
        List<String> days = r.daysOfWeek().isEmpty() ? null : r.daysOfWeek().stream()
                .sorted(Comparator.naturalOrder()).map(DayOfWeek::name).toList();
        return new OcpiTariff.Restrictions(format(r.startTime()), format(r.endTime()),
                r.startDate() == null ? null : r.startDate().toString(), r.endDate() == null ? null : r.endDate().toString(),
                r.minKwh(), r.maxKwh(), r.minCurrent(), r.maxCurrent(), r.minPower(), r.maxPower(),
                r.minDuration() == null ? null : r.minDuration().toSeconds(),
                r.maxDuration() == null ? null : r.maxDuration().toSeconds(), days,
                r.reservation() == null ? null : r.reservation().name());
    }

    private static PriceLimit limit(OcpiTariff.Price price) {
        return price == null ? null : new PriceLimit(price.exclVat(), price.inclVat());
    }

    private static OcpiTariff.Price price(PriceLimit limit) {
        return limit == null ? null : new OcpiTariff.Price(limit.exclVat(), limit.inclVat());
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("currency is not an ISO 4217 code: " + code);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " has an unknown value: " + value);
        }
    }

    private static LocalTime time(String value, String field) {
        if (value == null) {
            return null;
        }
        if (!value.matches("([0-1][0-9]|2[0-3]):[0-5][0-9]")) {
            throw new IllegalArgumentException(field + " must be HH:MM in 24h format: " + value);
        }
        return LocalTime.parse(value, HOURS_MINUTES);
    }

    private static String format(LocalTime time) {
        return time == null ? null : time.format(HOURS_MINUTES);
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be YYYY-MM-DD: " + value);
        }
    }

    private static Duration seconds(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    /** OCPI DateTime is UTC, with or without the trailing Z. */
    private static Instant dateTime(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return value.endsWith("Z") ? Instant.parse(value) : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an OCPI DateTime: " + value);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
