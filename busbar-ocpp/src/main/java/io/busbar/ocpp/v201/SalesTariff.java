package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/**
 * OCPP 2.0.1 {@code SalesTariffType}. NOTE: This dataType is based on dataTypes from &lt;&lt;ref-
 * ISOIEC15118-2,ISO 15118-2&gt;&gt;.
 */
public record SalesTariff(
        @Required Integer id,
        @MaxLength(32) String salesTariffDescription,
        Integer numEPriceLevels,
        @Required @MinItems(1) @MaxItems(1024) List<SalesTariffEntry> salesTariffEntry) {
}
