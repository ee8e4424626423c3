package io.busbar.tariffs.internal;

import java.math.BigDecimal;

/** A quantity billed by one component at one unit price, after step rounding. */
public record BilledQuantity(ComponentRef component, BigDecimal unitPrice, BigDecimal quantity) {
}
