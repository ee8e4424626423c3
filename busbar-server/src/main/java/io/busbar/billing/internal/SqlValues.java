package io.busbar.billing.internal;

import io.busbar.tariffs.Money;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;

/** Conversions between billing columns and Java values. */
final class SqlValues {
    private SqlValues() {
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return new Money(amount, currency);
    }

    static Currency currency(ResultSet rs) throws SQLException {
        return Currency.getInstance(rs.getString("currency").trim());
    }
}
