package io.busbar.simulator.load;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LatencyHistogramTest {

    @Test
    void smallValuesAreExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        LongStream.rangeClosed(1, 10).forEach(histogram::record);

        assertThat(histogram.percentile(50)).isEqualTo(5);
        assertThat(histogram.percentile(90)).isEqualTo(9);
        assertThat(histogram.percentile(100)).isEqualTo(10);
        assertThat(histogram.count()).isEqualTo(10);
    }

    @Test
    void percentilesOfAUniformSpreadAreWithinThreePercent() {
        LatencyHistogram histogram = new LatencyHistogram();
        LongStream.rangeClosed(1, 100_000).forEach(histogram::record);

        assertThat((double) histogram.percentile(50)).isCloseTo(50_000, within(50_000 / 32.0));
        assertThat((double) histogram.percentile(95)).isCloseTo(95_000, within(95_000 / 32.0));
        assertThat((double) histogram.percentile(99)).isCloseTo(99_000, within(99_000 / 32.0));
        assertThat(histogram.percentile(50)).isGreaterThanOrEqualTo(50_000);
        assertThat(histogram.max()).isEqualTo(100_000);
        assertThat(histogram.percentile(100)).isEqualTo(100_000);
    }

    @Test
    void aSingleOutlierShowsOnlyInTheTail() {
        LatencyHistogram histogram = new LatencyHistogram();
        LongStream.range(0, 99).forEach(i -> histogram.record(1_000));
        histogram.record(2_000_000);

        assertThat(histogram.percentile(99)).isBetween(1_000L, 1_031L);
        assertThat(histogram.percentile(99.5)).isBetween(2_000_000L - 2_000_000 / 32, 2_000_000L);
        assertThat(histogram.max()).isEqualTo(2_000_000);
    }

    @Test
    void bucketsCoverEveryValueWithoutGaps() {
        for (long value : new long[]{0, 31, 32, 63, 64, 1_000, 123_456_789, Long.MAX_VALUE}) {
            int index = LatencyHistogram.indexOf(value);
            assertThat(LatencyHistogram.upperBoundOf(index)).isGreaterThanOrEqualTo(value);
            assertThat(index == 0 || LatencyHistogram.upperBoundOf(index - 1) < value).isTrue();
        }
    }

    @Test
    void emptyHistogramReportsZeroAndBadInputIsRefused() {
        LatencyHistogram histogram = new LatencyHistogram();

        assertThat(histogram.percentile(99)).isZero();
        assertThatThrownBy(() -> histogram.record(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> histogram.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
