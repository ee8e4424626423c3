package io.busbar.dashboard.meters;

import java.util.List;

/**
 * One chart as console.js draws it ({@code data-chart}): shared x values in epoch seconds and series aligned with
 * them (null where a series has no reading at that instant; the line spans the gap).
 */
record MeterChart(String title, List<Double> x, List<Series> series) {
    MeterChart {
        x = List.copyOf(x);
        series = List.copyOf(series);
    }

    record Series(String label, String unit, List<Double> values) {
        Series {
            // List.copyOf refuses nulls, and a gap is a null.
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    boolean isEmpty() {
        return x.isEmpty();
    }

    List<String> labels() {
        return series.stream().map(Series::label).toList();
    }
}
