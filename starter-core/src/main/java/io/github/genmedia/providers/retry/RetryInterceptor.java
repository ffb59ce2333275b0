package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.time.Clock;

import io.github.genmedia.providers.http.RequestBodies;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Retries a provider request that failed in a way another attempt may fix.
 * <p>
 * Retried are connection failures and timeouts before any response, and the statuses
 * 408, 429, 502, 503 and 504; any other status goes to the caller at once, and so does
 * every request whose method is not idempotent ({@code POST}, {@code PATCH}) unless
 * {@link RetrySettings#nonIdempotent()} allows it, and every request whose body streams
 * once (see {@link RequestBodies}). On 429 and 503 a {@code Retry-After}
 * replaces the backoff; one that asks for more than
 * {@link RetrySettings#maxRetryAfter()} fails the request at once with a
 * {@link RetryAfterTooLongException}. When no attempt is left the caller gets the last
 * response, which the client's error handling maps as usual, or the last exception.
 * <p>
 * Each attempt runs the interceptors behind this one again, so place it before those
 * that apply credentials: they then apply them to every attempt. The response of a
 * failed attempt is closed before the wait, which blocks the calling thread.
 * <p>
 * With {@link RetrySettings#enabled()} {@code false} every request passes through
 * unchanged; a caller may as well leave the interceptor out.
 *
 * @since 0.1.0
 */
public final class RetryInterceptor implements ClientHttpRequestInterceptor {

	private final RequestAttempts.Policy policy;

	private final RetryRunner runner;

	/**
	 * Create an interceptor for one provider.
	 * @param provider the provider's name
	 * @param settings the retry settings
	 * @param observer told about retries, {@link RetryObserver#NONE} for no one
	 */
	public RetryInterceptor(String provider, RetrySettings settings, RetryObserver observer) {
		this(provider, settings, observer, LibraryRetry.NONE);
	}

	/**
	 * Create an interceptor for one provider whose HTTP library repeats some requests by
	 * itself.
	 * @param provider the provider's name
	 * @param settings the retry settings
	 * @param observer told about retries, {@link RetryObserver#NONE} for no one
	 * @param libraryRetry what the library repeats, counted as attempts
	 */
	public RetryInterceptor(String provider, RetrySettings settings, RetryObserver observer,
			LibraryRetry libraryRetry) {
		this(provider, settings, observer, libraryRetry, Sleeper.THREAD);
	}

	RetryInterceptor(String provider, RetrySettings settings, RetryObserver observer, Sleeper sleeper) {
		this(provider, settings, observer, LibraryRetry.NONE, sleeper);
	}

	RetryInterceptor(String provider, RetrySettings settings, RetryObserver observer, LibraryRetry libraryRetry,
			Sleeper sleeper) {
		this.policy = new RequestAttempts.Policy(provider, settings, new RetryEvents(provider, observer),
				Clock.systemUTC(), libraryRetry);
		this.runner = new RetryRunner(settings.maxAttempts(), new Backoff(settings), sleeper);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		RetrySettings settings = this.policy.settings();
		if (!settings.enabled() || !RetryRules.mayRetry(request.getMethod(), settings)
				|| !RequestBodies.isReplayable(request)) {
			return execution.execute(request, body);
		}
		RequestAttempts attempts = new RequestAttempts(request, body, execution, this.policy);
		try {
			// Almost every request succeeds at once: only a failure enters the retry machinery.
			return attempts.first();
		}
		catch (RetryableFailure failure) {
			return retry(request, attempts);
		}
	}

	private ClientHttpResponse retry(HttpRequest request, RequestAttempts attempts) throws IOException {
		ClientHttpResponse response;
		try {
			response = this.runner.run(attempts);
		}
		catch (RetryableFailure failure) {
			this.policy.events().exhausted(request, failure, attempts.made());
			return failure.toResult();
		}
		catch (RetryAfterTooLongException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			if (attempts.retried()) {
				this.policy.events().endedAfterRetry(false);
			}
			throw ex;
		}
		if (attempts.retried()) {
			this.policy.events().endedAfterRetry(!response.getStatusCode().isError());
		}
		return response;
	}

	@Override
	public String toString() {
		RetrySettings settings = this.policy.settings();
		return "RetryInterceptor[" + this.policy.provider() + ", "
				+ (settings.enabled() ? "up to " + settings.maxAttempts() + " attempts" : "disabled") + "]";
	}

}
