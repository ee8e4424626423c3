package io.busbar.tariffs;

/** The request contradicts what is stored (an existing tariff id, an overlapping assignment). */
public class TariffConflictException extends RuntimeException {
    public TariffConflictException(String message) {
        super(message);
    }
}
