package io.busbar.chargers;

public class ChargerAlreadyRegisteredException extends RuntimeException {
    public ChargerAlreadyRegisteredException(ChargerIdentity identity) {
        super("Charger " + identity + " is already registered");
    }
}
