package io.busbar.smartcharging.internal;

import io.busbar.platform.units.Current;

import java.time.Instant;

/**
 * The two TxDefaultProfiles Busbar keeps on a managed charger: the fail-safe (stack level 0, no end: every
 * transaction runs at it once nothing else holds) and, while Busbar is there, the online default (stack level 1,
 * 0 A, leased: a new transaction waits for its allocation instead of starting at the fail-safe next to EVs that
 * already use the capacity). Tracks what the charger confirmed.
 */
final class ChargerDefaults {
    private Current failSafeSent;
    private Current failSafeConfirmed;
    private Instant onlineDefaultUntil;
    private boolean sending;
    private int failures;
    private Instant retryAt;
    private String lastResult;

    /** What a transaction without a TxProfile may draw now, at most (null: unknown, assume the EVSE maximum). */
    synchronized Current withoutProfile(Instant now) {
        if (onlineDefaultUntil != null && now.isBefore(onlineDefaultUntil)) {
            return Current.ZERO;
        }
        return sending ? null : failSafeConfirmed;
    }

    synchronized Instant onlineDefaultUntil() {
        return onlineDefaultUntil;
    }

    /**
     * Whether the defaults need sending: a new fail-safe value, a due retry, or an online default (valid two leases)
     * with less than one and a half leases left: renewed every half lease.
     */
    synchronized boolean due(Current failSafe, Instant now, java.time.Duration lease) {
        if (sending || retryAt != null && now.isBefore(retryAt)) {
            return false;
        }
        return !failSafe.equals(failSafeConfirmed) || onlineDefaultUntil == null
                || !now.isBefore(onlineDefaultUntil.minus(lease.multipliedBy(3).dividedBy(2)));
    }

    synchronized boolean startSending(Current failSafe) {
        if (sending) {
            return false;
        }
        sending = true;
        failSafeSent = failSafe;
        return true;
    }

    synchronized void confirmed(Current failSafe, Instant onlineUntil, String result) {
        sending = false;
        failSafeConfirmed = failSafe;
        onlineDefaultUntil = onlineUntil;
        failures = 0;
        retryAt = null;
        lastResult = result;
    }

    synchronized void failed(String result, Instant now, java.time.Duration maxDelay) {
        sending = false;
        failures++;
        retryAt = now.plus(RetryDelay.after(failures, maxDelay));
        lastResult = result;
    }

    /** The charger rebooted or reconnected: what it keeps is not known any more; send again now. */
    synchronized void reset() {
        retryAt = null;
        failures = 0;
        onlineDefaultUntil = null;
        failSafeConfirmed = null;
    }

    synchronized Current failSafeSent() {
        return failSafeSent;
    }

    synchronized String lastResult() {
        return lastResult;
    }
}
