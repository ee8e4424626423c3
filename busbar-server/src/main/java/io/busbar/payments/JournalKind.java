package io.busbar.payments;

/** Why money moved; with its reference a journal is unique, so posting the same thing twice is a no-op. */
public enum JournalKind {
    /** A wallet top-up paid through the payment provider; reference: the top-up id. */
    TOP_UP,
    /** A session's price charged to a wallet or a post-paid receivable; reference: the session id. */
    SESSION_CHARGE,
    /** A credit note paid back; reference: the credit note id. */
    REFUND,
    /** Promotional credit granted; reference: the promotion id. */
    PROMO_CREDIT,
    /** What was left of promotional credit at its expiry; reference: the promotion id. */
    PROMO_EXPIRY,
    /** A post-paid invoice payment received; reference: the payer's payment reference. */
    PAYMENT_RECEIVED,
    /** An ad hoc card payment captured for a session; reference: the session id. */
    CAPTURE
}
