package io.busbar.billing.internal;

import io.busbar.billing.VatAmount;
import io.busbar.tariffs.PriceLimitAdjustment;
import io.busbar.tariffs.PriceLine;
import io.busbar.tariffs.PricedPeriod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The jsonb columns of billing documents: the tariffs module's records as Jackson writes them. */
final class BillingJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BillingJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static List<PricedPeriod> periods(String json) {
        return JSON.readValue(json, new TypeReference<List<PricedPeriod>>() { });
    }

    static List<PriceLine> lines(String json) {
        return JSON.readValue(json, new TypeReference<List<PriceLine>>() { });
    }

    static List<PriceLimitAdjustment> adjustments(String json) {
        return JSON.readValue(json, new TypeReference<List<PriceLimitAdjustment>>() { });
    }

    static List<VatAmount> vatAmounts(String json) {
        return JSON.readValue(json, new TypeReference<List<VatAmount>>() { });
    }
}
