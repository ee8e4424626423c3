package io.busbar.simulator.chargepoint;

import java.time.Instant;

/**
 * One version-neutral meter sample of an EVSE: what both versions' sampledValues are built from.
 *
 * @param energyWh           Energy.Active.Import.Register, the meter's running total
 * @param powerW             Power.Active.Import
 * @param phases             how many phases carry current (1 or 3); Current.Import is sent per phase
 * @param currentPerPhaseA   Current.Import on each phase used
 * @param voltageV           Voltage (phase to neutral)
 * @param socPercent         the EV's state of charge, or null when the EV does not report it
 */
public record MeterReading(Instant timestamp, ReadingContext context, long energyWh, long powerW, int phases,
                           double currentPerPhaseA, int voltageV, Integer socPercent) {

    /** The sampledValue context literal; the same in OCPP 1.6 and 2.0.1 (ReadingContext / ReadingContextEnumType). */
    public enum ReadingContext {
        TRANSACTION_BEGIN("Transaction.Begin"),
        SAMPLE_PERIODIC("Sample.Periodic"),
        TRANSACTION_END("Transaction.End"),
        /** A reading sent because the CSMS asked (TriggerMessage MeterValues / TransactionEvent). */
        TRIGGER("Trigger");

        private final String literal;

        ReadingContext(String literal) {
            this.literal = literal;
        }

        public String literal() {
            return literal;
        }
    }

    static final String[] PHASE_NAMES = {"L1", "L2", "L3"};

    /** A reading with only the energy register, e.g. at plug-in before any current flows. */
    public static MeterReading energyOnly(Instant timestamp, ReadingContext context, long energyWh) {
        return new MeterReading(timestamp, context, energyWh, 0, 1, 0.0, 230, null);
    }
}
