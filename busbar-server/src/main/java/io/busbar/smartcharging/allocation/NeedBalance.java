package io.busbar.smartcharging.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Balances the site between groups of EVSEs that load the supply the same way (e.g. Caltech's line pairs AB, BC,
 * CA): each group's need is the sum of its EVs' need rates (energy still required over time left, at most
 * their maximum), and while capacity is shared each group is capped at its need scaled up to the
 * site's limits. Least-laxity sharing alone lets the most urgent group fill the lines it shares with the others
 * (in a delta, AB at full load leaves no room on lines A and B for BC and CA, a third of the possible power);
 * keeping every group at its share of the need keeps the phases balanced over the day, as the hindsight optimum
 * and model-predictive schedulers do (Lee et al., "Adaptive Charging Networks", IEEE TSG 2021). The caps are
 * lifted afterwards, so no capacity stays unused.
 */
record NeedBalance(ElectricalModel.Terms[] terms, double[] limits, int[] temporary) {

    static NeedBalance of(ElectricalModel model, ElectricalModel.Terms[] terms, EvNeed[] needs, double[] hi,
                          double[] limits) {
        int groupCount = model.groupCount();
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < terms.length; i++) {
            if (hi[i] > 0) {
                members.get(terms[i].group()).add(i);
            }
        }
        double[] needAmps = new double[groupCount];
        int[] representative = new int[groupCount];
        int used = 0;
        for (int g = 0; g < groupCount; g++) {
            List<Integer> group = members.get(g);
            if (group.isEmpty()) {
                continue;
            }
            used++;
            representative[g] = group.getFirst();
            double wattsPerAmp = terms[group.getFirst()].wattsPerAmp();
            EvNeed[] known = group.stream().filter(i -> needs[i].energyKwh().isPresent()).map(i -> needs[i]).toArray(EvNeed[]::new);
            double unknownAmps = group.stream().filter(i -> needs[i].energyKwh().isEmpty()).mapToDouble(i -> hi[i] / 2).sum();
            double kw = Arrays.stream(known).mapToDouble(EvNeed::needKw).sum();
            needAmps[g] = kw * 1000 / wattsPerAmp + unknownAmps;
        }
        if (used < 2) {
            return new NeedBalance(terms, limits, new int[0]);
        }
        // the largest scale s at which every group drawing s * need stays within every limit
        double[] re = new double[limits.length];
        double[] im = new double[limits.length];
        for (int g = 0; g < groupCount; g++) {
            if (needAmps[g] > 0) {
                ElectricalModel.Terms t = terms[representative[g]];
                for (int j = 0; j < t.constraint().length; j++) {
                    re[t.constraint()[j]] += needAmps[g] * t.re()[j];
                    im[t.constraint()[j]] += needAmps[g] * t.im()[j];
                }
            }
        }
        double scale = Double.POSITIVE_INFINITY;
        for (int k = 0; k < limits.length; k++) {
            double magnitude = Math.hypot(re[k], im[k]);
            if (magnitude > 1e-9) {
                scale = Math.min(scale, limits[k] / magnitude);
            }
        }
        if (Double.isInfinite(scale)) {
            return new NeedBalance(terms, limits, new int[0]);
        }
        double[] extended = Arrays.copyOf(limits, limits.length + groupCount);
        ElectricalModel.Terms[] capped = new ElectricalModel.Terms[terms.length];
        for (int g = 0; g < groupCount; g++) {
            extended[limits.length + g] = scale * needAmps[g];
        }
        for (int i = 0; i < terms.length; i++) {
            capped[i] = terms[i].with(limits.length + terms[i].group());
        }
        int[] temporary = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            temporary[g] = limits.length + g;
        }
        return new NeedBalance(capped, extended, temporary);
    }
}
