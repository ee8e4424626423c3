package io.busbar.gateway;

public class ChargerNotConnectedException extends RuntimeException {
    public ChargerNotConnectedException(String identity) {
        super("Charger " + identity + " is not connected");
    }
}
