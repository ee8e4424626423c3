package io.busbar.availability;

import io.busbar.tariffs.TariffId;

import java.util.Currency;

/**
 * The price a driver without a contract pays at an EVSE now, as the charger's display would show it, e.g.
 * {@code 0.39 EUR/kWh, session 0.50 EUR + 19% VAT}.
 */
public record PriceSummary(TariffId tariff, Currency currency, String text) {
}
