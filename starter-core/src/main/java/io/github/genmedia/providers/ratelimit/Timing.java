package io.github.genmedia.providers.ratelimit;

import java.time.Clock;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;

/**
 * How a limiter tells time and waits: Bucket4j's clock for buckets and deadlines, its
 * blocking strategy for waits, and the wall clock for {@code Retry-After} dates. Tests
 * replace all three with one controllable clock, so that waits are observed without
 * being spent.
 *
 * @param meter the clock of local buckets and of deadlines
 * @param blocking how a thread waits for its permit
 * @param clock the wall clock
 */
record Timing(TimeMeter meter, BlockingStrategy blocking, Clock clock) {

	/** The JVM's monotonic clock, parking threads, and UTC. */
	static final Timing SYSTEM = new Timing(TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING, Clock.systemUTC());

	long now() {
		return this.meter.currentTimeNanos();
	}

}
