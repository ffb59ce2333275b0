package io.github.genmedia.providers.benchmarks.support;

import java.util.Arrays;

/**
 * Mean, median and percentiles of a set of samples.
 */
public final class Stats {

	private final long[] sorted;

	public Stats(long[] samples) {
		this.sorted = samples.clone();
		Arrays.sort(this.sorted);
	}

	public double mean() {
		double sum = 0;
		for (long value : this.sorted) {
			sum += value;
		}
		return sum / this.sorted.length;
	}

	/**
	 * Return a percentile by the nearest-rank method.
	 * @param p from 0 to 100
	 * @return the sample at that rank
	 */
	public long percentile(double p) {
		int rank = (int) Math.ceil(p / 100.0 * this.sorted.length);
		return this.sorted[Math.min(Math.max(rank, 1), this.sorted.length) - 1];
	}

	public long median() {
		return percentile(50);
	}

	public long max() {
		return this.sorted[this.sorted.length - 1];
	}

	public int count() {
		return this.sorted.length;
	}

}
