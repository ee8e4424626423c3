package io.busbar.tariffs;

/** OCPI 2.2.1 TariffType: which sessions (by charging preference) a tariff is meant for; absent means all. */
public enum TariffType {
    AD_HOC_PAYMENT, PROFILE_CHEAP, PROFILE_FAST, PROFILE_GREEN, REGULAR
}
