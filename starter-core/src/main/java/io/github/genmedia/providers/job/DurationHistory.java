package io.github.genmedia.providers.job;

import java.time.Duration;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * How long a provider's recent jobs took, from submission to detection: the last 200,
 * so that the first poll of the next job can wait about as long as the quickest of them.
 */
final class DurationHistory {

	/** Fewer finished jobs than this teach nothing reliable. */
	static final int MIN_SAMPLES = 20;

	private final long[] millis = new long[200];

	private int count;

	private int next;

	synchronized void record(Duration duration) {
		this.millis[this.next] = duration.toMillis();
		this.next = (this.next + 1) % this.millis.length;
		this.count = Math.min(this.count + 1, this.millis.length);
	}

	/**
	 * Return a quantile of the recorded durations.
	 * @param quantile between 0 and 1
	 * @return the duration, or {@code null} with fewer than {@value #MIN_SAMPLES} samples
	 */
	synchronized @Nullable Duration quantile(double quantile) {
		if (this.count < MIN_SAMPLES) {
			return null;
		}
		long[] sorted = Arrays.copyOf(this.millis, this.count);
		Arrays.sort(sorted);
		int index = (int) Math.floor(quantile * (sorted.length - 1));
		return Duration.ofMillis(sorted[index]);
	}

}
