package io.github.genmedia.providers.keys;

import java.time.Clock;
import java.time.Duration;

/**
 * The time a {@link SourcedKeys} goes by: the clock that says when the source's keys
 * are due again, and how long a request waits for the source's answer. A record of its
 * own so that the keys of a provider take five arguments, these two being the ones a
 * test sets and an application takes the defaults of.
 *
 * @param clock the time source
 * @param timeout how long a request waits for the source's answer; positive
 * @since 0.1.0
 */
public record CredentialSourceTiming(Clock clock, Duration timeout) {

	/**
	 * Create the timing.
	 * @throws IllegalArgumentException if the timeout is not positive
	 */
	public CredentialSourceTiming {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("The credential source's timeout must be positive, but is " + timeout);
		}
	}

	/**
	 * Return the timing of a clock with the {@link SourcedKeys#DEFAULT_TIMEOUT default
	 * timeout}.
	 * @param clock the time source
	 * @return the timing
	 */
	public static CredentialSourceTiming of(Clock clock) {
		return new CredentialSourceTiming(clock, SourcedKeys.DEFAULT_TIMEOUT);
	}

}
