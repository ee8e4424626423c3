package io.busbar.payments;

import io.busbar.accounts.AccountId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.UUID;

/** A wallet top-up: COMPLETED (the wallet was credited) or DECLINED by the payment provider. */
public record TopUp(UUID id, AccountId account, Money amount, String paymentMethodMasked, Status status,
                    String providerReference, String declineReason, Instant createdAt) {
    public enum Status { COMPLETED, DECLINED }
}
