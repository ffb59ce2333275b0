package io.github.genmedia.providers.test;

import java.time.Duration;

import io.github.genmedia.providers.test.standin.Faults;

/**
 * The next calls of one provider, for a test to script how they fail: each of them
 * answers with the fault instead of the stand-in's usual answer.
 *
 * @since 0.1.0
 */
public final class NextCalls {

	private final Faults faults;

	private final String provider;

	private final int calls;

	NextCalls(Faults faults, String provider, int calls) {
		this.faults = faults;
		this.provider = provider;
		this.calls = calls;
	}

	/**
	 * Answer {@code 429 Too Many Requests} with a {@code Retry-After}.
	 * @param retryAfter the wait the provider asks for, in whole seconds
	 */
	public void tooManyRequests(Duration retryAfter) {
		add(new Faults.Fault(429, retryAfter, Duration.ZERO));
	}

	/**
	 * Answer {@code 503 Service Unavailable}.
	 */
	public void serviceUnavailable() {
		add(new Faults.Fault(503, null, Duration.ZERO));
	}

	/**
	 * Answer {@code 402} with the provider's own insufficient-credits body (Sunor's says
	 * "available 3, required 10").
	 */
	public void insufficientCredits() {
		add(new Faults.Fault(402, null, Duration.ZERO));
	}

	/**
	 * Answer as usual, but only after a delay, for timeouts.
	 * @param delay the delay
	 */
	public void slow(Duration delay) {
		add(new Faults.Fault(0, null, delay));
	}

	/**
	 * Answer with any status and a short JSON message.
	 * @param status the status
	 */
	public void status(int status) {
		add(new Faults.Fault(status, null, Duration.ZERO));
	}

	private void add(Faults.Fault fault) {
		this.faults.add(this.provider, this.calls, fault);
	}

}
