package io.busbar.simulator.chargepoint;

import io.busbar.simulator.chargepoint.ChargingProfile.Period;
import io.busbar.simulator.chargepoint.ChargingProfile.Purpose;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The composite rule of OCPP 1.6 §3.13.2 and 2.0.1 K08: per purpose the valid profile with the highest
 * stackLevel that has a period in force (an EVSE's own TxDefaultProfile before the charger-wide one at the same
 * level); a TxProfile overrides the TxDefaultProfile; the result is never above the station maximum
 * (ChargePointMaxProfile / ChargingStationMaxProfile) nor the charger's rating.
 *
 * <p>The station maximum is for the whole charger, so it is shared equally between the EVSEs that charge
 * ({@code sharingEvses}), as a real charger's internal load balancing would do.
 */
final class CompositeLimit {

    /**
     * The transaction on the EVSE, if any.
     *
     * @param evPhases the phases the EV draws from (1 or 3), null without an EV
     */
    record Transaction(String transactionId, Instant startedAt, Integer evPhases) {
    }

    private CompositeLimit() {
    }

    /**
     * @param relativeStart when Relative schedules started if no transaction runs (the instant asked about, or
     *                      the start of a composite schedule)
     */
    static EvseLimit at(Collection<ChargingProfile> profiles, int evseId, Instant instant, Transaction transaction,
                        Instant relativeStart, double ratingA, int sharingEvses) {
        Instant start = transaction != null ? transaction.startedAt() : relativeStart;
        Optional<Governing> tx = transaction == null ? Optional.empty()
                : governing(profiles, Purpose.TX, evseId, instant, start, transaction.transactionId());
        Optional<Governing> txOrDefault = tx.or(() -> governing(profiles, Purpose.TX_DEFAULT, evseId, instant, start,
                null));
        Optional<Governing> max = governing(profiles, Purpose.STATION_MAX, 0, instant, start, null);

        int phases = transaction != null && transaction.evPhases() != null ? transaction.evPhases() : 3;
        Integer allowedPhases = txOrDefault.map(g -> g.period().numberPhases()).orElse(null);
        if (allowedPhases != null) {
            phases = Math.min(phases, allowedPhases);
        }
        double amps = ratingA;
        if (txOrDefault.isPresent()) {
            amps = Math.min(amps, txOrDefault.get().amps(phases));
        }
        if (max.isPresent()) {
            amps = Math.min(amps, max.get().amps(phases) / Math.max(1, sharingEvses));
        }
        return new EvseLimit(amps, phases);
    }

    /** The limit of the whole charger (evseId 0): its maximum profile, or the sum of its EVSEs' ratings. */
    static EvseLimit ofStation(Collection<ChargingProfile> profiles, Instant instant, double totalRatingA) {
        double amps = governing(profiles, Purpose.STATION_MAX, 0, instant, instant, null)
                .map(g -> g.amps(3)).orElse(totalRatingA);
        return new EvseLimit(Math.min(amps, totalRatingA), 3);
    }

    private static Optional<Governing> governing(Collection<ChargingProfile> profiles, Purpose purpose, int evseId,
                                                 Instant instant, Instant relativeStart, String transactionId) {
        return profiles.stream()
                .filter(p -> p.purpose() == purpose)
                .filter(p -> purpose == Purpose.STATION_MAX ? p.evseId() == 0 : p.coversEvse(evseId))
                .filter(p -> purpose != Purpose.TX || p.evseId() == evseId
                        && (p.transactionId() == null || p.transactionId().equals(transactionId)))
                .sorted(Comparator.comparingInt(ChargingProfile::stackLevel).reversed()
                        .thenComparing(p -> p.evseId() == 0))
                .flatMap(p -> p.periodAt(instant, relativeStart).map(period -> new Governing(p, period)).stream())
                .findFirst();
    }

    private record Governing(ChargingProfile profile, Period period) {
        double amps(int phases) {
            return EvseLimit.toAmps(profile.schedule().unit(), period.limit(), phases);
        }
    }
}
