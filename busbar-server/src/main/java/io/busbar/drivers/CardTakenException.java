package io.busbar.drivers;

/** The card UID is already registered (to another driver, or by an operator): it cannot charge on this driver's account. */
public class CardTakenException extends RuntimeException {
    public CardTakenException() {
        super("This card is already registered");
    }
}
