package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Repeats an attempt until it succeeds, fails for good, or no attempt is left, waiting
 * in between.
 * <p>
 * Runs on Spring Framework's {@link RetryTemplate}: a {@link RetryPolicy} decides which
 * failures are retried, and the run's own {@link BackOffExecution} stops once the
 * attempts are used up. That back-off does not hand the wait to the template, which
 * would spend it in {@link Thread#sleep(long)}: it waits through the {@link Sleeper}
 * itself and returns zero. The run remembers the last failure, which a back-off is not
 * shown, so the wait can be the provider's {@code Retry-After}; it keeps its
 * nanoseconds; and tests observe it without spending it. A wait that is interrupted
 * restores the interrupt flag, so the template's own sleep, of zero, throws and ends
 * the run as it ends any interrupted back-off.
 * <p>
 * Provider requests go through {@link #run(Attempts)}, where only a
 * {@link RetryableFailure} is retried; other callers, such as Suno's Clerk exchange, use
 * {@link #call(int, RetrySettings, Predicate, Supplier, Supplier)}.
 *
 * @since 0.1.0
 */
public final class RetryRunner {

	private final int maxAttempts;

	private final Backoff backoff;

	private final Sleeper sleeper;

	/**
	 * Create a runner.
	 * @param maxAttempts the most attempts per run, the first one included
	 * @param backoff the waits between attempts, unless the provider asks for its own
	 * @param sleeper what waits
	 */
	RetryRunner(int maxAttempts, Backoff backoff, Sleeper sleeper) {
		this.maxAttempts = maxAttempts;
		this.backoff = backoff;
		this.sleeper = sleeper;
	}

	/**
	 * Call an action until it returns, throws an exception that is not retryable, or
	 * runs out of attempts, with exponential backoff (and jitter) in between.
	 * @param <T> the result type
	 * @param maxAttempts the most attempts, the first one included
	 * @param backoff the waits: initial interval, multiplier, maximum and jitter
	 * @param retryable which exceptions of the action are worth another attempt
	 * @param action the action
	 * @param onInterrupt the exception to throw when a wait is interrupted (the
	 * interrupt flag stays set)
	 * @return the action's result
	 */
	public static <T> T call(int maxAttempts, RetrySettings backoff, Predicate<RuntimeException> retryable,
			Supplier<T> action, Supplier<RuntimeException> onInterrupt) {
		RetryRunner runner = new RetryRunner(maxAttempts, new Backoff(backoff), Sleeper.THREAD);
		Run<T> run = runner.new Run<>((number) -> action.get(),
				(failure) -> failure instanceof RuntimeException runtime && retryable.test(runtime),
				(nextAttempt, failure) -> runner.backoff.beforeRetry(nextAttempt - 1));
		try {
			return run.start();
		}
		catch (RetryException ex) {
			if (run.interrupted()) {
				throw onInterrupt.get();
			}
			throw unchecked(ex.getCause());
		}
	}

	/**
	 * Run the attempts.
	 * @param <T> the result type
	 * @param attempts the attempts of one request
	 * @return the first result that is not a {@link RetryableFailure}
	 * @throws RetryableFailure the last failure, when no attempt is left
	 * @throws InterruptedIOException if the thread is interrupted while waiting; the
	 * interrupt flag stays set
	 * @throws IOException any other exception an attempt throws
	 */
	<T> T run(Attempts<T> attempts) throws IOException, RetryableFailure {
		Run<T> run = new Run<>(attempts::attempt,
				(failure) -> failure instanceof RetryableFailure retryable && !retryable.isLast(),
				(nextAttempt, failure) -> {
					RetryableFailure retryable = (RetryableFailure) failure;
					Duration asked = retryable.retryAfter();
					Duration wait = (asked != null) ? asked : this.backoff.beforeRetry(nextAttempt - 1);
					attempts.beforeRetry(retryable, nextAttempt, wait);
					return wait;
				});
		try {
			return run.start();
		}
		catch (RetryException ex) {
			if (run.interrupted()) {
				InterruptedIOException interrupted = new InterruptedIOException("Interrupted while waiting to retry");
				interrupted.initCause(run.interruption);
				throw interrupted;
			}
			Throwable last = ex.getCause();
			if (last instanceof RetryableFailure failure) {
				throw failure;
			}
			if (last instanceof IOException failure) {
				throw failure;
			}
			throw unchecked(last);
		}
	}

	/** What is left once the checked exceptions an attempt may throw are handled. */
	private static RuntimeException unchecked(Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new IllegalStateException("Unexpected exception from an attempt", failure);
	}

	/**
	 * The attempts of one request.
	 */
	interface Attempts<T> {

		/**
		 * Make one attempt.
		 * @param number the attempt's number, starting at 1
		 * @return the result
		 * @throws RetryableFailure if another attempt may succeed
		 * @throws IOException if the attempt failed for good
		 */
		T attempt(int number) throws IOException, RetryableFailure;

		/**
		 * Called once it is decided that there will be another attempt, before the wait.
		 * @param failure the failure of the attempt just made
		 * @param nextAttempt the number of the next attempt
		 * @param wait the wait before it
		 */
		void beforeRetry(RetryableFailure failure, int nextAttempt, Duration wait);

	}

	/** One attempt of a run. */
	@FunctionalInterface
	private interface Attempt<T> {

		T make(int number) throws Exception;

	}

	/** Decides the wait once another attempt is decided on, and tells whoever needs to know. */
	@FunctionalInterface
	private interface Retrying {

		Duration before(int nextAttempt, Throwable failure);

	}

	/**
	 * One run of attempts: what the template repeats, and the back-off between them.
	 * Counts the attempts and remembers the last failure, which the template's back-off
	 * is not shown, and an interrupted wait.
	 */
	private final class Run<T> implements Retryable<T>, BackOffExecution {

		private final Attempt<T> attempt;

		private final Predicate<Throwable> retryable;

		private final Retrying retrying;

		private int made;

		private @Nullable Throwable lastFailure;

		private @Nullable InterruptedException interruption;

		Run(Attempt<T> attempt, Predicate<Throwable> retryable, Retrying retrying) {
			this.attempt = attempt;
			this.retryable = retryable;
			this.retrying = retrying;
		}

		T start() throws RetryException {
			RetryPolicy policy = RetryPolicy.builder().predicate(this.retryable).backOff(() -> this).build();
			return new RetryTemplate(policy).execute(this);
		}

		@Override
		public T execute() throws Exception {
			this.made++;
			try {
				return this.attempt.make(this.made);
			}
			catch (Exception ex) {
				this.lastFailure = ex;
				throw ex;
			}
		}

		/** Called by the template only for a failure its policy retries. */
		@Override
		public long nextBackOff() {
			if (this.made >= RetryRunner.this.maxAttempts) {
				return STOP;
			}
			Duration wait = this.retrying.before(this.made + 1, Objects.requireNonNull(this.lastFailure));
			try {
				RetryRunner.this.sleeper.sleep(wait);
			}
			catch (InterruptedException ex) {
				this.interruption = ex;
				Thread.currentThread().interrupt();
			}
			return 0;
		}

		boolean interrupted() {
			return this.interruption != null;
		}

	}

}
