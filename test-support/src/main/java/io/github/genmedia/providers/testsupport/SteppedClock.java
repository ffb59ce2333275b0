package io.github.genmedia.providers.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that moves only when the test says so, so that a token expires (or a key
 * rests, or a cache runs out) without the test waiting.
 */
public final class SteppedClock extends Clock {

	private volatile Instant now;

	public SteppedClock() {
		this(Instant.parse("2026-01-01T00:00:00Z"));
	}

	public SteppedClock(Instant start) {
		this.now = start;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/** Move to a later instant; an earlier one leaves the clock where it is. */
	public void advanceTo(Instant instant) {
		if (instant.isAfter(this.now)) {
			this.now = instant;
		}
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
