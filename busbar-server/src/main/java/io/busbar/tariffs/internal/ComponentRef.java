package io.busbar.tariffs.internal;

import io.busbar.tariffs.PriceComponent;

/** A price component together with where it sits in the tariff. */
public record ComponentRef(int elementIndex, int componentIndex, PriceComponent component) {
}
