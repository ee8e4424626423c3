package io.busbar.chargers;

/** Whether a charger may operate: the answer to its next boot. */
public enum RegistrationStatus {
    ACCEPTED,
    /** Known but waiting for an operator's approval (unknown chargers under policy {@code pending}). */
    PENDING,
    REJECTED
}
