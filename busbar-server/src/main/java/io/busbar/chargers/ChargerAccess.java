package io.busbar.chargers;

/** Admission of connecting chargers (security profiles 1 and 2) and the gate before an accepted boot. */
public interface ChargerAccess {
    /**
     * @param password the HTTP Basic password sent on the upgrade, or null. A registered charger with a password
     *                 must send it; one without a password is admitted without (profile 0/TLS-only setups).
     */
    Admission admit(ChargerIdentity identity, String password);

    /** True when the charger's registration is ACCEPTED, i.e. it may send more than BootNotification. */
    boolean isAccepted(ChargerIdentity identity);
}
