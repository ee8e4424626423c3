package io.busbar.tariffs.internal;

import io.busbar.tariffs.TariffDimension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Billed quantities of one dimension, with OCPI 2.2.1 step sizes (PriceComponent, note on step_size): "step_size
 * SHALL only be taken into account for the last TariffElement and when switching to another TariffElement for the
 * PriceComponents that is not in the new TariffElement".
 * <p>
 * The dimension's quantity is walked in time order as runs of one component. A run that hands over to another
 * component is billed exactly; a run that is the last one, or after which the dimension becomes free, is rounded:
 * the dimension's total priced quantity so far is rounded up to the run's step size and whatever exceeds what was
 * already billed is added to the run (the spec's examples "switching to different Tariff Element" #1 and #2).
 * Energy is resolved to 0.001 Wh per run piece before rounding; times are exact to the nanosecond.
 */
public final class StepBilling {
    private final TariffDimension dimension;
    private final List<BilledQuantity> billed = new ArrayList<>();
    private BigDecimal pricedSoFar = BigDecimal.ZERO;
    private BigDecimal billedSoFar = BigDecimal.ZERO;

    private StepBilling(TariffDimension dimension) {
        this.dimension = dimension;
    }

    public static List<BilledQuantity> bill(TariffDimension dimension, List<PricedSlice> slices) {
        StepBilling billing = new StepBilling(dimension);
        Run run = null;
        for (PricedSlice slice : slices) {
            BigDecimal quantity = slice.quantity(dimension);
            if (quantity.signum() == 0) {
                continue;
            }
            ComponentRef component = slice.component(dimension);
            if (run != null && !run.component.equals(component)) {
                billing.close(run, component == null);
                run = null;
            }
            if (component != null) {
                run = run == null ? new Run(component) : run;
                run.add(slice.unitPrice(dimension), quantity);
            }
        }
        if (run != null) {
            billing.close(run, true);
        }
        return billing.billed;
    }

    private void close(Run run, boolean roundUp) {
        List<BilledQuantity> pieces = new ArrayList<>();
        for (BilledQuantity piece : run.pieces) {
            BigDecimal quantity = dimension == TariffDimension.ENERGY
                    ? piece.quantity().setScale(3, RoundingMode.HALF_UP)
                    : piece.quantity();
            pricedSoFar = pricedSoFar.add(quantity);
            billedSoFar = billedSoFar.add(quantity);
            pieces.add(new BilledQuantity(piece.component(), piece.unitPrice(), quantity));
        }
        int step = run.component.component().stepSize();
        if (roundUp && step > 0) {
            BigDecimal stepSize = BigDecimal.valueOf(step);
            BigDecimal target = pricedSoFar.divide(stepSize, 0, RoundingMode.CEILING).multiply(stepSize);
            BigDecimal extra = target.subtract(billedSoFar);
            if (extra.signum() > 0) {
                BilledQuantity last = pieces.removeLast();
                pieces.add(new BilledQuantity(last.component(), last.unitPrice(), last.quantity().add(extra)));
                billedSoFar = target;
            }
        }
        pieces.stream().filter(piece -> piece.quantity().signum() > 0).forEach(billed::add);
    }

    /** Consecutive quantity of one component, in pieces of one unit price (a followed schedule changes it). */
    private static final class Run {
        final ComponentRef component;
        final List<BilledQuantity> pieces = new ArrayList<>();

        Run(ComponentRef component) {
            this.component = component;
        }

        void add(BigDecimal unitPrice, BigDecimal quantity) {
            if (!pieces.isEmpty() && pieces.getLast().unitPrice().compareTo(unitPrice) == 0) {
                BilledQuantity last = pieces.removeLast();
                pieces.add(new BilledQuantity(component, last.unitPrice(), last.quantity().add(quantity)));
            } else {
                pieces.add(new BilledQuantity(component, unitPrice, quantity));
            }
        }
    }
}
