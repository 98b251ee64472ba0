package dev.careplan.benchmarks;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with the variance of that mean and its degrees of freedom, so that quotients of means get an interval (delta
 * method, Welch–Satterthwaite degrees of freedom).
 *
 * @param mean     the estimate
 * @param variance the variance of the estimate
 * @param df       degrees of freedom of the variance
 */
record Estimate(double mean, double variance, double df) {

    /** The mean of samples (one per measured iteration) with the variance of the mean. */
    static Estimate of(List<Double> samples) {
        int n = samples.size();
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        if (n < 2) {
            return new Estimate(mean, Double.NaN, 0);
        }
        double ss = samples.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum();
        return new Estimate(mean, ss / (n - 1) / n, n - 1);
    }

    /** 1 / this: a time per operation turned into a rate. */
    Estimate inverse() {
        double r = 1 / mean;
        return new Estimate(r, variance * r * r * r * r, df);
    }

    /** this / other. */
    Estimate over(Estimate other) {
        double r = mean / other.mean;
        double a = relative();
        double b = other.relative();
        return new Estimate(r, r * r * (a + b), welch(a, df, b, other.df));
    }

    /** The rate of doing both one after the other: 1 / (1/this + 1/other). */
    Estimate inSeriesWith(Estimate other) {
        double c = 1 / (1 / mean + 1 / other.mean);
        double wa = c * c / (mean * mean);
        double wb = c * c / (other.mean * other.mean);
        double va = wa * wa * variance;
        double vb = wb * wb * other.variance;
        return new Estimate(c, va + vb, welch(va, df, vb, other.df));
    }

    /** Half the width of the two-sided 95 % interval. */
    double halfWidth() {
        if (!(df >= 1) || !(variance >= 0)) {
            return Double.NaN;
        }
        return new TDistribution(df).inverseCumulativeProbability(0.975) * Math.sqrt(variance);
    }

    double low() {
        return mean - halfWidth();
    }

    double high() {
        return mean + halfWidth();
    }

    /** The interval's half width as a share of the estimate. */
    double relativeError() {
        return halfWidth() / Math.abs(mean);
    }

    private double relative() {
        return variance / (mean * mean);
    }

    private static double welch(double a, double dfa, double b, double dfb) {
        double den = (dfa > 0 ? a * a / dfa : 0) + (dfb > 0 ? b * b / dfb : 0);
        return den == 0 ? Math.max(dfa, dfb) : (a + b) * (a + b) / den;
    }
}
