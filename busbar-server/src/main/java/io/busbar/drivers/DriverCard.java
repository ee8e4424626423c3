package io.busbar.drivers;

import java.time.Instant;

/**
 * A token a driver charges with.
 *
 * @param value the card's UID for a card (the driver's own, as entered); the app token only masked, since anyone
 *              who knows it could write it onto a card
 */
public record DriverCard(String value, Kind kind, String label, Instant addedAt) {
    public enum Kind {
        /** Made at sign-up; sessions started from the app run under it. */
        APP,
        /** An RFID card the driver added. */
        CARD
    }
}
