package io.busbar.tariffs.ocpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** OCPI 2.2.1 Tariff object, field for field (energy_mix is not carried: Busbar does not model it yet). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OcpiTariff(@JsonProperty("country_code") String countryCode,
                         @JsonProperty("party_id") String partyId,
                         @JsonProperty("id") String id,
                         @JsonProperty("currency") String currency,
                         @JsonProperty("type") String type,
                         @JsonProperty("tariff_alt_text") List<DisplayText> tariffAltText,
                         @JsonProperty("tariff_alt_url") String tariffAltUrl,
                         @JsonProperty("min_price") Price minPrice,
                         @JsonProperty("max_price") Price maxPrice,
                         @JsonProperty("elements") List<Element> elements,
                         @JsonProperty("start_date_time") String startDateTime,
                         @JsonProperty("end_date_time") String endDateTime,
                         @JsonProperty("last_updated") String lastUpdated) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DisplayText(@JsonProperty("language") String language, @JsonProperty("text") String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Price(@JsonProperty("excl_vat") BigDecimal exclVat, @JsonProperty("incl_vat") BigDecimal inclVat) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Element(@JsonProperty("price_components") List<PriceComponent> priceComponents,
                          @JsonProperty("restrictions") Restrictions restrictions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PriceComponent(@JsonProperty("type") String type,
                                 @JsonProperty("price") BigDecimal price,
                                 @JsonProperty("vat") BigDecimal vat,
                                 @JsonProperty("step_size") Integer stepSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Restrictions(@JsonProperty("start_time") String startTime,
                               @JsonProperty("end_time") String endTime,
                               @JsonProperty("start_date") String startDate,
                               @JsonProperty("end_date") String endDate,
                               @JsonProperty("min_kwh") BigDecimal minKwh,
                               @JsonProperty("max_kwh") BigDecimal maxKwh,
                               @JsonProperty("min_current") BigDecimal minCurrent,
                               @JsonProperty("max_current") BigDecimal maxCurrent,
                               @JsonProperty("min_power") BigDecimal minPower,
                               @JsonProperty("max_power") BigDecimal maxPower,
                               @JsonProperty("min_duration") Long minDuration,
                               @JsonProperty("max_duration") Long maxDuration,
                               @JsonProperty("day_of_week") List<String> dayOfWeek,
                               @JsonProperty("reservation") String reservation) {
    }
}
