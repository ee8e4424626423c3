package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code EnergyTransferModeEnumType}. Mode of energy transfer requested by the EV. */
public enum EnergyTransferMode {
    @JsonProperty("DC")
    DC,
    @JsonProperty("AC_single_phase")
    AC_SINGLE_PHASE,
    @JsonProperty("AC_two_phase")
    AC_TWO_PHASE,
    @JsonProperty("AC_three_phase")
    AC_THREE_PHASE
}
