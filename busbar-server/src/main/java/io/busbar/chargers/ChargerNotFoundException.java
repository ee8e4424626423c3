package io.busbar.chargers;

public class ChargerNotFoundException extends RuntimeException {
    public ChargerNotFoundException(ChargerIdentity identity) {
        super("No charger " + identity);
    }
}
