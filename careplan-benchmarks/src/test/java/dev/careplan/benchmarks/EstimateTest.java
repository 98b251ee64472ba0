package dev.careplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The intervals RatioReport prints. */
class EstimateTest {

    @Test
    void meanAndIntervalOfSamples() {
        Estimate e = Estimate.of(List.of(9.0, 10.0, 11.0));
        assertThat(e.mean()).isEqualTo(10.0);
        // s = 1, n = 3: the mean's standard error is 1/√3; t(0.975, 2) = 4.303.
        assertThat(e.halfWidth()).isCloseTo(4.303 / Math.sqrt(3), within(1e-3));
    }

    @Test
    void ratioOfTwoExactRatesIsExact() {
        Estimate r = Estimate.of(List.of(6.0, 6.0, 6.0)).over(Estimate.of(List.of(10.0, 10.0, 10.0)));
        assertThat(r.mean()).isCloseTo(0.6, within(1e-12));
        assertThat(r.halfWidth()).isZero();
    }

    @Test
    void ratioIntervalWidensWithTheNoiseOfEitherSide() {
        Estimate quiet = Estimate.of(List.of(10.0, 10.1, 9.9, 10.0));
        Estimate noisy = Estimate.of(List.of(10.0, 12.0, 8.0, 10.0));
        assertThat(quiet.over(noisy).relativeError()).isGreaterThan(quiet.over(quiet).relativeError());
        assertThat(noisy.over(quiet).relativeError()).isGreaterThan(quiet.over(quiet).relativeError());
    }

    @Test
    void inSeriesRateIsTheHarmonicCombination() {
        Estimate a = Estimate.of(List.of(2.0, 2.0));
        Estimate b = Estimate.of(List.of(2.0, 2.0));
        assertThat(a.inSeriesWith(b).mean()).isEqualTo(1.0);
    }
}
