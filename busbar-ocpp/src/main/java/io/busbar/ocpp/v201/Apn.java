package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/**
 * OCPP 2.0.1 {@code APNType}. APN Collection of configuration data needed to make a data-connection over a
 * cellular network. NOTE: When asking a GSM modem to dial in, it is possible to specify which mobile operator
 * should be used. This can be done with the mobile country code (MCC) in combination with a mobile network code
 * (MNC). Example: If your preferred network is Vodafone Netherlands, the MCC=204 and the MNC=04 which means the
 * key PreferredNetwork = 20404 Some modems allows to specify a preferred network, which means, if this network
 * is not available, a different network is used. If you specify UseOnlyPreferredNetwork and this network is not
 * available, the modem will not dial in.
 */
public record Apn(
        @Required @MaxLength(512) String apn,
        @MaxLength(20) String apnUserName,
        @MaxLength(20) String apnPassword,
        Integer simPin,
        @MaxLength(6) String preferredNetwork,
        Boolean useOnlyPreferredNetwork,
        @Required ApnAuthentication apnAuthentication) {
}
