package io.busbar.tariffs;

/**
 * The correction that brings the session's total up to the tariff's minimum price or down to its maximum price.
 * Signed: positive for a minimum, negative for a maximum.
 */
public record PriceLimitAdjustment(Kind kind, Money exclVat, Money vat, Money inclVat) {
    public enum Kind { MIN_PRICE, MAX_PRICE }
}
