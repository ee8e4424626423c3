package io.busbar.drivers;

import java.util.List;

/** A driver's tokens: the app token and RFID cards, all charging on the driver's account. */
public interface DriverCards {
    /** The app token first, then the cards in the order they were added; removed cards are left out. */
    List<DriverCard> list(DriverPrincipal driver);

    /**
     * Registers the card (ISO 14443 UID) and links it to the driver's account; adding the driver's own card again
     * is answered with the card.
     *
     * @throws CardTakenException       when the UID is registered otherwise
     * @throws IllegalArgumentException for a malformed UID or label
     */
    DriverCard add(DriverPrincipal driver, String uid, String label);

    /**
     * Unlinks the card from the account and blocks it, so it charges nowhere any more; its past sessions stay in
     * the driver's history.
     *
     * @return false when the driver has no such card (the app token cannot be removed)
     */
    boolean remove(DriverPrincipal driver, String uid);
}
