package io.github.genmedia.providers.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;

/**
 * Time that only moves when a limiter waits or the test says so: the limiter's buckets,
 * deadlines and waits run on it, and every wait is recorded instead of spent.
 */
final class FakeTime extends Clock implements TimeMeter, BlockingStrategy {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

	private final List<Duration> waits = new CopyOnWriteArrayList<>();

	private volatile Runnable onWait = () -> {
	};

	@Override
	public long currentTimeNanos() {
		return this.nanos.get();
	}

	@Override
	public boolean isWallClockBased() {
		return false;
	}

	@Override
	public void park(long nanosToPark) {
		this.waits.add(Duration.ofNanos(nanosToPark));
		Runnable hook = this.onWait;
		this.onWait = () -> {
		};
		hook.run();
		this.nanos.addAndGet(nanosToPark);
	}

	void advance(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

	/** Run something, once, when the next wait begins: what another thread does meanwhile. */
	void duringNextWait(Runnable action) {
		this.onWait = action;
	}

	List<Duration> waits() {
		return this.waits;
	}

	Duration totalWait() {
		return this.waits.stream().reduce(Duration.ZERO, Duration::plus);
	}

	Timing timing() {
		return new Timing(this, this, this);
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochSecond(0, this.nanos.get());
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
