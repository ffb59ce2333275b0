package io.github.genmedia.providers.retry;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	private static final RetrySettings NO_JITTER = RetrySettings.defaults().withJitter(Duration.ZERO);

	@Test
	void waitsGrowByTheMultiplierUpToTheMaximum() {
		Backoff backoff = new Backoff(NO_JITTER);

		assertThat(IntStream.rangeClosed(1, 7).mapToObj(backoff::beforeRetry)).extracting(Duration::toMillis)
			.containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 10000L, 10000L);
	}

	@Test
	void multiplierOneKeepsTheWaitsEqual() {
		Backoff backoff = new Backoff(NO_JITTER.withMultiplier(1));

		assertThat(IntStream.rangeClosed(1, 3).mapToObj(backoff::beforeRetry)).containsOnly(Duration.ofMillis(500));
	}

	@Test
	void manyRetriesStayAtTheMaximum() {
		assertThat(new Backoff(NO_JITTER).beforeRetry(5000)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void initialIntervalAboveTheMaximumIsCapped() {
		RetrySettings settings = RetrySettings.defaults().withInitialInterval(Duration.ofSeconds(20));

		assertThat(new Backoff(settings, () -> 0.99).beforeRetry(1)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void jitterGrowsWithTheWaitButStaysBetweenInitialAndMaximum() {
		RetrySettings settings = RetrySettings.defaults();

		// 500 ms +- 100 ms, never below 500 ms
		assertThat(new Backoff(settings, () -> 0).beforeRetry(1)).isEqualTo(Duration.ofMillis(500));
		assertThat(new Backoff(settings, () -> 1).beforeRetry(1)).isEqualTo(Duration.ofMillis(600));
		// 1000 ms +- 200 ms
		assertThat(new Backoff(settings, () -> 0).beforeRetry(2)).isEqualTo(Duration.ofMillis(800));
		assertThat(new Backoff(settings, () -> 0.5).beforeRetry(2)).isEqualTo(Duration.ofMillis(1000));
		assertThat(new Backoff(settings, () -> 1).beforeRetry(2)).isEqualTo(Duration.ofMillis(1200));
		// 10 s +- 2 s, never above 10 s
		assertThat(new Backoff(settings, () -> 0).beforeRetry(6)).isEqualTo(Duration.ofSeconds(8));
		assertThat(new Backoff(settings, () -> 1).beforeRetry(6)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void randomJitterStaysInItsRange() {
		Backoff backoff = new Backoff(RetrySettings.defaults());

		assertThat(IntStream.range(0, 200).mapToObj((i) -> backoff.beforeRetry(2)))
			.allSatisfy((wait) -> assertThat(wait).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200)));
	}

	@Test
	void subMillisecondIntervalsKeepTheirPrecision() {
		RetrySettings settings = NO_JITTER.withInitialInterval(Duration.ofNanos(500_000));

		assertThat(new Backoff(settings).beforeRetry(2)).isEqualTo(Duration.ofMillis(1));
	}

}
