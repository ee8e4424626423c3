package io.busbar.billing;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an invoice: a CDR (positive amounts) or a credit note (negative amounts).
 *
 * @param document the CDR or credit note id
 * @param date     the session's end (CDR) or the issue time (credit note)
 * @param charger  the charger of the session (of the credited CDR for a credit note)
 * @param energy   the session's energy; zero for a credit note
 * @param text     what the line is, in words
 */
public record InvoiceLine(Kind kind, UUID document, String number, Instant date, ChargerIdentity charger,
                          Energy energy, String text, Money exclVat, Money vat, Money inclVat) {
    public enum Kind { CDR, CREDIT_NOTE }
}
