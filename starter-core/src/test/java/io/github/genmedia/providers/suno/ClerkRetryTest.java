package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which Clerk failures are repeated, how often, and with how much waiting.
 */
class ClerkRetryTest {

	private final ClerkRetry retry = new ClerkRetry(3, Duration.ofMillis(40), Duration.ofMillis(60));

	@Test
	void transientFailuresAreRepeatedWithGrowingPauses() {
		AtomicInteger calls = new AtomicInteger();
		long started = System.nanoTime();

		String result = this.retry.call(() -> {
			if (calls.incrementAndGet() < 3) {
				throw new ClerkException("Clerk answered the token request with HTTP 503", SunoTokenFailure.CLERK_UNREACHABLE, 503, null, null);
			}
			return "token";
		});

		assertThat(result).isEqualTo("token");
		assertThat(calls).hasValue(3);
		// 40 ms, then 60 ms (80 ms capped)
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
	}

	@Test
	void givesUpAfterMaxAttemptsWithTheLastFailure() {
		AtomicInteger calls = new AtomicInteger();

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.retry.call(() -> {
			throw new ClerkException("attempt " + calls.incrementAndGet(), SunoTokenFailure.CLERK_UNREACHABLE, 0, null, null);
		})).withMessage("attempt 3");
	}

	@Test
	void permanentFailuresAreNotRepeated() {
		AtomicInteger calls = new AtomicInteger();

		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> this.retry.call(() -> {
			calls.incrementAndGet();
			throw new ClerkException(ClerkClient.NO_SESSION_MESSAGE, SunoTokenFailure.COOKIE_REJECTED, 200, null, null);
		})).withMessage(ClerkClient.NO_SESSION_MESSAGE);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.retry.call(() -> {
			calls.incrementAndGet();
			throw new IllegalStateException("bug");
		}));
		assertThat(calls).hasValue(2);
	}

	@Test
	void equalBackoffsMeanAFixedWait() {
		AtomicInteger calls = new AtomicInteger();
		ClerkRetry fixed = new ClerkRetry(2, Duration.ofMillis(10), Duration.ofMillis(10));

		assertThat(fixed.<String>call(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new ClerkException("down", SunoTokenFailure.CLERK_UNREACHABLE, 0, null, null);
			}
			return "token";
		})).isEqualTo("token");
	}

	@Test
	void anInterruptedBackoffEndsTheCallAndKeepsTheInterruptFlag() {
		AtomicInteger calls = new AtomicInteger();
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.retry.call(() -> {
				calls.incrementAndGet();
				throw new ClerkException("Clerk answered the token request with HTTP 503", SunoTokenFailure.CLERK_UNREACHABLE, 503, null, null);
			}))
				.withMessage("Interrupted while waiting to ask Clerk again")
				.satisfies((ex) -> assertThat(ex.getFailure()).isEqualTo(SunoTokenFailure.INTERRUPTED));
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
			assertThat(calls).hasValue(1);
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void rejectsNonsenseSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClerkRetry(0, Duration.ofMillis(1), Duration.ofMillis(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClerkRetry(2, Duration.ZERO, Duration.ofMillis(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClerkRetry(2, Duration.ofMillis(20), Duration.ofMillis(10)));
	}

}
