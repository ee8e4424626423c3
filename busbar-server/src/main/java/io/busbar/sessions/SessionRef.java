package io.busbar.sessions;

/**
 * How a charger names a transaction: the integer Busbar issued (1.6 transactionId, from a sequence) or the
 * string the charger chose (2.0.1 transactionId, unique per charger).
 */
public sealed interface SessionRef {
    record ByTransactionNumber(long number) implements SessionRef {
    }

    record ByChargerTransactionId(String id) implements SessionRef {
    }
}
