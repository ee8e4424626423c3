package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.DataTransferRequest;
import io.busbar.ocpp.v16.DataTransferResponse;
import io.busbar.pricedisplay.DisplayPrices;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OCA whitepaper "OCPP &amp; California Pricing Requirements" on OCPP 1.6: DataTransfer with vendorId
 * {@value #VENDOR_ID}, a messageId per message and the message as a JSON text in {@code data}. Part of the price
 * display feature (io.busbar.pricedisplay).
 */
final class CaliforniaPricingMessages {
    static final String VENDOR_ID = "org.openchargealliance.costmsg";

    private CaliforniaPricingMessages() {
    }

    static DataTransferRequest request(ObjectMapper json, String messageId, Map<String, Object> data) {
        return new DataTransferRequest(VENDOR_ID, messageId, json.writeValueAsString(data));
    }

    static CommandStatus status(DataTransferResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }

    /** chargingPrice {kWhPrice, hourPrice, flatFee}: required in RunningCost, so present even when empty. */
    static Map<String, Object> chargingPrice(DisplayPrices prices) {
        Map<String, Object> price = new LinkedHashMap<>();
        putIfPresent(price, "kWhPrice", prices.kWhPrice());
        putIfPresent(price, "hourPrice", prices.hourPrice());
        putIfPresent(price, "flatFee", prices.flatFee());
        return price;
    }

    /** idlePrice {graceMinutes, hourPrice}: only when the tariff has an idle fee. */
    static Map<String, Object> idlePrice(DisplayPrices prices) {
        if (prices.idleHourPrice() == null) {
            return null;
        }
        Map<String, Object> idle = new LinkedHashMap<>();
        if (prices.idleGraceMinutes() != null) {
            idle.put("graceMinutes", prices.idleGraceMinutes());
        }
        idle.put("hourPrice", prices.idleHourPrice());
        return idle;
    }

    private static void putIfPresent(Map<String, Object> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
