package io.busbar.simulator.load;

import io.busbar.ocpp.rpc.OcppVersion;

import java.util.Locale;

/** Which OCPP version each simulated charger speaks: all one version, or alternating (even 1.6, odd 2.0.1). */
public enum ProtocolMix {
    OCPP16, OCPP201, MIXED;

    public OcppVersion versionOf(int chargerIndex) {
        return switch (this) {
            case OCPP16 -> OcppVersion.V16;
            case OCPP201 -> OcppVersion.V201;
            case MIXED -> chargerIndex % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201;
        };
    }

    /** Parses {@code ocpp1.6}, {@code ocpp2.0.1} or {@code mixed}. */
    public static ProtocolMix parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ocpp1.6" -> OCPP16;
            case "ocpp2.0.1" -> OCPP201;
            case "mixed" -> MIXED;
            default -> throw new IllegalArgumentException("--protocol must be ocpp1.6, ocpp2.0.1 or mixed, not " + text);
        };
    }

    public String label() {
        return switch (this) {
            case OCPP16 -> "ocpp1.6";
            case OCPP201 -> "ocpp2.0.1";
            case MIXED -> "mixed";
        };
    }
}
