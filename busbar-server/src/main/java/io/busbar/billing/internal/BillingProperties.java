package io.busbar.billing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Currency;

/**
 * {@code busbar.billing.*}: the seller printed on invoices, and the currency of a zero CDR for a session that had
 * no tariff and no account to take a currency from.
 */
@ConfigurationProperties("busbar.billing")
record BillingProperties(String sellerName, String sellerAddress, Currency defaultCurrency) {
    BillingProperties {
        sellerName = sellerName == null || sellerName.isBlank() ? "Busbar charging network" : sellerName;
        sellerAddress = sellerAddress == null ? "" : sellerAddress;
        defaultCurrency = defaultCurrency == null ? Currency.getInstance("EUR") : defaultCurrency;
    }
}
