package io.github.genmedia.providers.test;

import java.time.Duration;
import java.time.Instant;

import io.github.genmedia.providers.test.standin.StandInClock;

/**
 * The stand-ins' time, which their jobs and Autype's webhook deliveries follow. It runs
 * with the wall clock until a test pauses it; then a job stays in its state, and no
 * webhook goes out, until the test advances it. A test that must see a job still pending,
 * or a webhook not yet delivered, holds the time instead of hoping that a short
 * {@link AutoConfigureProviderStandIns#jobDuration()} has not passed yet on a busy machine:
 * <pre class="code">
 * standIns.time().pause();
 * String id = sunor.createTask(request).data().taskId();
 * assertThat(sunor.getTask(id).data().status()).isEqualTo(SunorTaskStatus.PENDING);
 * standIns.time().advance(Duration.ofSeconds(2));   // the jobDuration
 * assertThat(sunor.getTask(id).data().status()).isEqualTo(SunorTaskStatus.SUCCESS);
 * </pre>
 * Only the stand-ins' side moves: the application's poller, retries and deadlines keep
 * the wall clock, and so do Clerk's JWTs, which the application judges by its own clock.
 * {@link ProviderStandIns#reset()} lets the time run again.
 *
 * @since 0.1.0
 */
public final class StandInTime {

	private final StandInClock clock;

	StandInTime(StandInClock clock) {
		this.clock = clock;
	}

	/**
	 * Hold the time where it is: jobs keep their state and no webhook is delivered until
	 * {@link #advance} or {@link #resume}.
	 */
	public void pause() {
		this.clock.pause();
	}

	/**
	 * Move the time forward, held or running: the jobs progress by that much, and the
	 * webhooks of jobs now done are delivered (asynchronously, as a provider would).
	 * @param duration how far, not negative
	 */
	public void advance(Duration duration) {
		this.clock.advance(duration);
	}

	/**
	 * Let the time run with the wall clock again, from where it stands.
	 */
	public void resume() {
		this.clock.resume();
	}

	/**
	 * Return whether the time is held.
	 * @return {@code true} between {@link #pause()} and {@link #resume()}
	 */
	public boolean isPaused() {
		return this.clock.isPaused();
	}

	/**
	 * Return the stand-ins' present time: what their answers give as {@code created_at}
	 * and {@code completed_at}.
	 * @return the instant
	 */
	public Instant now() {
		return this.clock.instant();
	}

}
