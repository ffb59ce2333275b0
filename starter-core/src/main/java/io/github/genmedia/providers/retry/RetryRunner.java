package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

/**
 * Repeats an attempt until it succeeds, fails for good, or no attempt is left, waiting
 * in between.
 * <p>
 * The only class that uses spring-retry: its upstream is archived and Spring Framework 7
 * has {@code org.springframework.core.retry}, so moving over rewrites this class and
 * nothing else. Provider requests go through {@link #run(Attempts)}, where only a
 * {@link RetryableFailure} is retried; other callers, such as Suno's Clerk exchange, use
 * {@link #call(int, RetrySettings, Predicate, Supplier, Supplier)}.
 */
public final class RetryRunner {

	private static final String ATTEMPTS = RetryRunner.class.getName() + ".attempts";

	private final RetryTemplate template = new RetryTemplate();

	private final Backoff backoff;

	private final Sleeper sleeper;

	/**
	 * Create a runner.
	 * @param maxAttempts the most attempts per run, the first one included
	 * @param backoff the waits between attempts, unless the provider asks for its own
	 * @param sleeper what waits
	 */
	RetryRunner(int maxAttempts, Backoff backoff, Sleeper sleeper) {
		this.backoff = backoff;
		this.sleeper = sleeper;
		this.template.setRetryPolicy(new AttemptsPolicy(maxAttempts));
		this.template.setBackOffPolicy(new Waits());
	}

	/**
	 * Run the attempts.
	 * @param attempts the attempts of one request
	 * @return the first result that is not a {@link RetryableFailure}
	 * @throws RetryableFailure the last failure, when no attempt is left
	 * @throws InterruptedIOException if the thread is interrupted while waiting; the
	 * interrupt flag stays set
	 * @throws IOException any other exception an attempt throws
	 */
	/**
	 * Call an action until it returns, throws an exception that is not retryable, or
	 * runs out of attempts, with exponential backoff (and jitter) in between.
	 * @param <T> the result type
	 * @param maxAttempts the most attempts, the first one included
	 * @param backoff the waits: initial interval, multiplier, maximum and jitter
	 * @param retryable which exceptions of the action are worth another attempt
	 * @param action the action
	 * @param onInterrupt the exception to throw when a wait is interrupted (the
	 * interrupt flag is restored first)
	 * @return the action's result
	 */
	public static <T> T call(int maxAttempts, RetrySettings backoff, Predicate<RuntimeException> retryable,
			Supplier<T> action, Supplier<RuntimeException> onInterrupt) {
		Backoff waits = new Backoff(backoff);
		RetryTemplate template = RetryTemplate.builder()
			.maxAttempts(maxAttempts)
			.retryOn((failure) -> failure instanceof RuntimeException runtime && retryable.test(runtime))
			.customBackoff(new BackOffPolicy() {

				@Override
				public BackOffContext start(RetryContext context) {
					return new Run(context);
				}

				@Override
				public void backOff(BackOffContext backOffContext) {
					try {
						Sleeper.THREAD.sleep(waits.beforeRetry(((Run) backOffContext).context().getRetryCount()));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new BackOffInterruptedException("Interrupted while waiting to retry", ex);
					}
				}

			})
			.build();
		try {
			return template.execute((context) -> action.get());
		}
		catch (BackOffInterruptedException ex) {
			Thread.currentThread().interrupt();
			throw onInterrupt.get();
		}
	}

	<T> T run(Attempts<T> attempts) throws IOException, RetryableFailure {
		RetryCallback<T, Exception> callback = (context) -> {
			context.setAttribute(ATTEMPTS, attempts);
			return attempts.attempt(context.getRetryCount() + 1);
		};
		try {
			return this.template.execute(callback);
		}
		catch (BackOffInterruptedException ex) {
			InterruptedIOException interrupted = new InterruptedIOException("Interrupted while waiting to retry");
			interrupted.initCause(ex.getCause());
			throw interrupted;
		}
		catch (IOException | RetryableFailure | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Unexpected exception from an attempt", ex);
		}
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

	/**
	 * Waits for what the provider asked for, or else for the backoff; called by
	 * spring-retry only when another attempt follows.
	 */
	private final class Waits implements BackOffPolicy {

		@Override
		public BackOffContext start(RetryContext context) {
			return new Run(context);
		}

		@Override
		public void backOff(BackOffContext backOffContext) {
			RetryContext context = ((Run) backOffContext).context();
			RetryableFailure failure = (RetryableFailure) context.getLastThrowable();
			int retry = context.getRetryCount();
			Duration wait = (failure.retryAfter() != null) ? failure.retryAfter()
					: RetryRunner.this.backoff.beforeRetry(retry);
			((Attempts<?>) context.getAttribute(ATTEMPTS)).beforeRetry(failure, retry + 1, wait);
			try {
				RetryRunner.this.sleeper.sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new BackOffInterruptedException("Interrupted while waiting to retry", ex);
			}
		}

	}

	private record Run(RetryContext context) implements BackOffContext {
	}

	/**
	 * Retries a {@link RetryableFailure} until the attempts are used up or the failure is
	 * the last one allowed.
	 */
	private static final class AttemptsPolicy extends SimpleRetryPolicy {

		AttemptsPolicy(int maxAttempts) {
			super(maxAttempts, Map.of(RetryableFailure.class, true), false);
		}

		@Override
		public boolean canRetry(RetryContext context) {
			return super.canRetry(context)
					&& !(context.getLastThrowable() instanceof RetryableFailure failure && failure.isLast());
		}

	}

}
