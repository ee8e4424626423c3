package io.busbar.dashboard;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Formatting for templates, as the bean {@code fmt}: {@code ${@fmt.kw(evse.powerW)}}. Takes what the API sends
 * (ISO-8601 strings, numbers in base units) and tolerates nulls (shown as "–"). Times are shown in UTC, labelled.
 */
@Component("fmt")
public class ConsoleFormat {
    private static final String NONE = "–";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final Clock clock;

    ConsoleFormat(Clock clock) {
        this.clock = clock;
    }

    /** "13:07:42" for today, "26 Nov 13:07" before. */
    public String time(Object iso) {
        Instant instant = instant(iso);
        if (instant == null) {
            return NONE;
        }
        boolean today = instant.atOffset(ZoneOffset.UTC).toLocalDate().equals(clock.instant().atOffset(ZoneOffset.UTC).toLocalDate());
        return (today ? TIME : DATE_TIME).format(instant);
    }

    public String day(Object iso) {
        Instant instant = instant(iso);
        return instant == null ? NONE : DAY.format(instant);
    }

    /** "42 s ago", "5 min ago", "3 h ago", "2 d ago". */
    public String ago(Object iso) {
        Instant instant = instant(iso);
        if (instant == null) {
            return NONE;
        }
        Duration age = Duration.between(instant, clock.instant());
        if (age.isNegative()) {
            return "just now";
        }
        if (age.toSeconds() < 60) {
            return age.toSeconds() + " s ago";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 48) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " d ago";
    }

    /** A duration between two ISO instants (end null = now): "1 h 05 min". */
    public String duration(Object fromIso, Object toIso) {
        Instant from = instant(fromIso);
        if (from == null) {
            return NONE;
        }
        Instant to = toIso == null ? clock.instant() : instant(toIso);
        Duration length = Duration.between(from, to == null ? clock.instant() : to);
        long minutes = Math.max(0, length.toMinutes());
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + String.format("%02d", minutes % 60) + " min";
    }

    /** Watts as kW with one decimal: "7.4 kW". */
    public String kw(Object watts) {
        BigDecimal value = number(watts);
        return value == null ? NONE : value.movePointLeft(3).setScale(1, RoundingMode.HALF_UP).toPlainString() + " kW";
    }

    /** Watt-hours as kWh with two decimals: "12.34 kWh". */
    public String kwh(Object wattHours) {
        BigDecimal value = number(wattHours);
        return value == null ? NONE : value.movePointLeft(3).setScale(2, RoundingMode.HALF_UP).toPlainString() + " kWh";
    }

    /** An amount as the API gives it (decimal string or number) with its currency: "12.50 EUR". */
    public String money(Object amount, Object currency) {
        BigDecimal value = number(amount);
        if (value == null) {
            return NONE;
        }
        return value.setScale(Math.max(2, value.scale()), RoundingMode.UNNECESSARY).toPlainString()
                + (currency == null ? "" : " " + currency);
    }

    /** A percentage with one decimal from a ratio 0..1 or a percent value, as the API gives it. */
    public String percent(Object value) {
        BigDecimal number = number(value);
        return number == null ? NONE : number.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** 0..100 for a bar's width: part of whole, clamped. */
    public int share(Object part, Object whole) {
        BigDecimal p = number(part);
        BigDecimal w = number(whole);
        if (p == null || w == null || w.signum() <= 0) {
            return 0;
        }
        int share = p.multiply(BigDecimal.valueOf(100)).divide(w, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(0, Math.min(100, share));
    }

    /** The text or "–". */
    public String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? NONE : String.valueOf(value);
    }

    static Instant instant(Object iso) {
        if (iso == null) {
            return null;
        }
        if (iso instanceof Instant instant) {
            return instant;
        }
        try {
            return Instant.parse(String.valueOf(iso));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(String.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
