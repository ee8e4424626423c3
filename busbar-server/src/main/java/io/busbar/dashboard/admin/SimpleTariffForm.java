package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's simple tariff: a price per kWh, per charging minute, and an idle fee per minute after a free grace
 * period, with one VAT rate. Becomes Busbar's tariff JSON: ENERGY (per kWh), TIME and PARKING_TIME (per hour, so a
 * per-minute price is multiplied by 60 and billed per started minute: step size 60 s).
 */
record SimpleTariffForm(String id, String currency, String energyPrice, String minutePrice, String idlePrice,
                        String idleGraceMinutes, String vatPercent) {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    static SimpleTariffForm empty() {
        return new SimpleTariffForm("", "EUR", "", "", "", "0", "");
    }

    /** The tariff JSON; the console's own field errors (not a number) first. */
    Map<String, Object> toTariff() {
        FormProblem.Checks checks = new FormProblem.Checks();
        BigDecimal energy = checks.decimal("energyPrice", energyPrice);
        BigDecimal minute = checks.decimal("minutePrice", minutePrice);
        BigDecimal idle = checks.decimal("idlePrice", idlePrice);
        BigDecimal vat = checks.decimal("vatPercent", vatPercent);
        BigDecimal grace = checks.decimal("idleGraceMinutes", idleGraceMinutes);
        if (grace != null && (grace.signum() < 0 || grace.stripTrailingZeros().scale() > 0)) {
            checks.add("idleGraceMinutes", "must be whole minutes, 0 or more");
        }
        if (energy == null && minute == null && idle == null) {
            checks.add("energyPrice", "give at least one price");
        }
        checks.throwIfAny("The tariff is not valid");
        List<Map<String, Object>> components = new ArrayList<>();
        if (energy != null) {
            components.add(component("ENERGY", energy, vat, 1));
        }
        if (minute != null) {
            components.add(component("TIME", minute.multiply(MINUTES_PER_HOUR), vat, 60));
        }
        if (idle != null) {
            components.add(component("PARKING_TIME", idle.multiply(MINUTES_PER_HOUR), vat, 60));
        }
        Map<String, Object> tariff = new LinkedHashMap<>();
        tariff.put("id", id == null ? "" : id.strip());
        tariff.put("currency", currency == null ? "" : currency.strip().toUpperCase());
        tariff.put("elements", List.of(Map.of("components", components)));
        if (idle != null) {
            long minutes = grace == null ? 0 : grace.longValueExact();
            tariff.put("idlePolicy", Map.of("gracePeriod", "PT" + minutes + "M", "idleBelow", Map.of("watts", 0)));
        }
        return tariff;
    }

    /**
     * The API names fields by their place in the tariff JSON ({@code elements[0].components[1].price}); this puts
     * each message under the form field that made that part. Others go to the top of the form ({@code tariff}).
     */
    ApiProblem explain(ApiProblem problem) {
        if (problem.fieldErrors().isEmpty()) {
            return problem;
        }
        List<String> componentFields = new ArrayList<>();
        if (FormProblem.blankToNull(energyPrice) != null) {
            componentFields.add("energyPrice");
        }
        if (FormProblem.blankToNull(minutePrice) != null) {
            componentFields.add("minutePrice");
        }
        if (FormProblem.blankToNull(idlePrice) != null) {
            componentFields.add("idlePrice");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        problem.fieldErrors().forEach((path, message) -> {
            String field = formField(path, componentFields);
            fields.merge(field, field.equals("tariff") ? path + ": " + message : message, (a, b) -> a + "; " + b);
        });
        return new ApiProblem(problem.status(), problem.title(), problem.detail(), fields);
    }

    private static String formField(String path, List<String> componentFields) {
        if (path.equals("id") || path.equals("currency")) {
            return path;
        }
        if (path.startsWith("idlePolicy")) {
            return "idleGraceMinutes";
        }
        if (path.contains("vatPercent")) {
            return "vatPercent";
        }
        String marker = "elements[0].components[";
        if (path.startsWith(marker)) {
            int end = path.indexOf(']', marker.length());
            try {
                int index = Integer.parseInt(path.substring(marker.length(), end));
                if (index < componentFields.size()) {
                    return componentFields.get(index);
                }
            } catch (RuntimeException e) {
                return "tariff";
            }
        }
        return "tariff";
    }

    private static Map<String, Object> component(String dimension, BigDecimal price, BigDecimal vat, int stepSize) {
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("dimension", dimension);
        component.put("price", price);
        if (vat != null) {
            component.put("vatPercent", vat);
        }
        component.put("stepSize", stepSize);
        return component;
    }
}
