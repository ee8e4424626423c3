package io.busbar.tariffs;

public class TariffNotFoundException extends RuntimeException {
    public TariffNotFoundException(String what) {
        super(what);
    }
}
