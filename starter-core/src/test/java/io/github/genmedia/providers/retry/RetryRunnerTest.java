package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RetryRunnerTest {

	private static final RetrySettings FAST = RetrySettings.defaults()
		.withInitialInterval(Duration.ofMillis(10))
		.withJitter(Duration.ZERO);

	private final List<Duration> slept = new ArrayList<>();

	private final RetryRunner runner = new RetryRunner(3, new Backoff(FAST), this.slept::add);

	@Test
	void returnsTheFirstResultWithoutWaiting() throws Exception {
		Script script = new Script("done");

		assertThat(this.runner.run(script)).isEqualTo("done");
		assertThat(script.numbers).containsExactly(1);
		assertThat(this.slept).isEmpty();
	}

	@Test
	void retriesAFailureWithTheBackoffAndAnnouncesEachRetryBeforeItsWait() throws Exception {
		Script script = new Script(connectionRefused(), connectionRefused(), "done");

		assertThat(this.runner.run(script)).isEqualTo("done");
		assertThat(script.numbers).containsExactly(1, 2, 3);
		assertThat(this.slept).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
		assertThat(script.announced).containsExactly("2 after PT0.01S", "3 after PT0.02S");
	}

	@Test
	void waitsWhatTheProviderAskedForInsteadOfTheBackoff() throws Exception {
		TrackingResponse busy = new TrackingResponse(503);
		Script script = new Script(
				RetryableFailure.of(busy, HttpStatusCode.valueOf(503), Duration.ofSeconds(7)), "done");

		assertThat(this.runner.run(script)).isEqualTo("done");
		assertThat(this.slept).containsExactly(Duration.ofSeconds(7));
	}

	@Test
	void throwsTheLastFailureWhenNoAttemptIsLeft() {
		RetryableFailure last = connectionRefused();
		Script script = new Script(connectionRefused(), connectionRefused(), last, "never");

		assertThatExceptionOfType(RetryableFailure.class).isThrownBy(() -> this.runner.run(script)).isSameAs(last);
		assertThat(script.numbers).containsExactly(1, 2, 3);
		assertThat(this.slept).hasSize(2);
	}

	@Test
	void anyOtherExceptionEndsTheRunAtOnce() {
		SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
		Script script = new Script(connectionRefused(), untrusted, "never");

		assertThatExceptionOfType(SSLHandshakeException.class).isThrownBy(() -> this.runner.run(script))
			.isSameAs(untrusted);
		assertThat(script.numbers).containsExactly(1, 2);
	}

	@Test
	void runtimeExceptionsPassUnchanged() {
		IllegalStateException broken = new IllegalStateException("broken");
		Script script = new Script(broken);

		assertThatIllegalStateException().isThrownBy(() -> this.runner.run(script)).isSameAs(broken);
	}

	@Test
	void interruptedWaitEndsTheRunAndKeepsTheInterruptFlag() {
		RetryRunner interrupted = new RetryRunner(3, new Backoff(FAST), (wait) -> {
			throw new InterruptedException();
		});
		Script script = new Script(connectionRefused(), "never");
		try {
			assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(() -> interrupted.run(script))
				.withMessage("Interrupted while waiting to retry")
				.withCauseInstanceOf(InterruptedException.class);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
			assertThat(script.numbers).containsExactly(1);
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void oneAttemptMeansNoRetry() {
		RetryRunner once = new RetryRunner(1, new Backoff(FAST), this.slept::add);
		Script script = new Script(connectionRefused(), "never");

		assertThatExceptionOfType(RetryableFailure.class).isThrownBy(() -> once.run(script));
		assertThat(script.numbers).containsExactly(1);
		assertThat(this.slept).isEmpty();
	}

	private static RetryableFailure connectionRefused() {
		return RetryableFailure.of(new ConnectException("Connection refused"));
	}

	/** Plays its outcomes in order: a value is returned, an exception thrown. */
	private static final class Script implements RetryRunner.Attempts<String> {

		private final Deque<Object> outcomes;

		private final List<Integer> numbers = new ArrayList<>();

		private final List<String> announced = new ArrayList<>();

		Script(Object... outcomes) {
			this.outcomes = new ArrayDeque<>(Arrays.asList(outcomes));
		}

		@Override
		public String attempt(int number) throws IOException, RetryableFailure {
			this.numbers.add(number);
			Object outcome = this.outcomes.pop();
			if (outcome instanceof RetryableFailure failure) {
				throw failure;
			}
			if (outcome instanceof IOException ex) {
				throw ex;
			}
			if (outcome instanceof RuntimeException ex) {
				throw ex;
			}
			return (String) outcome;
		}

		@Override
		public void beforeRetry(RetryableFailure failure, int nextAttempt, Duration wait) {
			this.announced.add(nextAttempt + " after " + wait);
		}

	}

}
