package io.busbar.dashboard.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One tariff of the list, with its prices in words ("0.39 EUR/kWh", "0.10 EUR/min idle"). */
record TariffSummary(String id, Object version, String currency, List<String> prices, Object createdAt) {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    @SuppressWarnings("unchecked")
    static TariffSummary of(Map<String, Object> version) {
        Map<String, Object> tariff = version.get("tariff") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        String currency = String.valueOf(tariff.getOrDefault("currency", ""));
        List<String> prices = new ArrayList<>();
        if (tariff.get("elements") instanceof List<?> elements) {
            for (Object element : elements) {
                if (element instanceof Map<?, ?> e && e.get("components") instanceof List<?> components) {
                    for (Object component : components) {
                        if (component instanceof Map<?, ?> c) {
                            prices.add(words(c, currency));
                        }
                    }
                }
            }
        }
        return new TariffSummary(String.valueOf(version.get("id")), version.get("version"), currency, prices,
                version.get("createdAt"));
    }

    private static String words(Map<?, ?> component, String currency) {
        Object dimension = component.get("dimension");
        BigDecimal price = new BigDecimal(String.valueOf(component.get("price")));
        return switch (String.valueOf(dimension)) {
            case "ENERGY" -> price.toPlainString() + " " + currency + "/kWh";
            case "TIME" -> perMinute(price) + " " + currency + "/min charging";
            case "PARKING_TIME" -> perMinute(price) + " " + currency + "/min idle";
            case "FLAT" -> price.toPlainString() + " " + currency + " per session";
            default -> dimension + " " + price.toPlainString();
        };
    }

    private static String perMinute(BigDecimal perHour) {
        return perHour.divide(MINUTES_PER_HOUR, 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
