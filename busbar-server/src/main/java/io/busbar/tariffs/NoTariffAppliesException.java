package io.busbar.tariffs;

/** No assignment names a tariff for the EVSE at the instant asked about. */
public class NoTariffAppliesException extends RuntimeException {
    public NoTariffAppliesException(String message) {
        super(message);
    }
}
