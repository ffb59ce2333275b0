package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import io.github.genmedia.providers.http.JournaledRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The attempts of one request: sends it, and decides from the outcome whether another
 * attempt may help.
 * <p>
 * Every attempt goes through the interceptors behind the {@link RetryInterceptor} again,
 * so credentials are applied afresh each time, and starts from the headers the request
 * had when it reached the retry (their changes are journaled and undone, see
 * {@link JournaledRequest}): an interceptor behind it that adds a header rather than
 * setting it does not send it twice. The body is the same buffered array each time.
 */
final class RequestAttempts implements RetryRunner.Attempts<ClientHttpResponse> {

	private final HttpRequest request;

	private final byte[] body;

	private final ClientHttpRequestExecution execution;

	private final JournaledRequest journaled;

	private final int callerHeaders;

	private final Policy policy;

	private @Nullable RetryableFailure firstFailure;

	private int made;

	/** How often the provider has received the request so far, the library's own sendings included. */
	private int sendings;

	private int retries;

	RequestAttempts(HttpRequest request, byte[] body, ClientHttpRequestExecution execution, Policy policy) {
		this.request = request;
		this.body = body;
		this.execution = execution;
		this.journaled = JournaledRequest.of(request);
		this.callerHeaders = this.journaled.journal().mark();
		this.policy = policy;
	}

	@Override
	public ClientHttpResponse attempt(int number) throws IOException, RetryableFailure {
		this.made = number;
		if (number == 1 && this.firstFailure != null) {
			throw this.firstFailure;
		}
		if (number > 1) {
			this.journaled.journal().undoTo(this.callerHeaders);
		}
		HttpRequest current = this.journaled;
		ClientHttpResponse response;
		try {
			response = this.execution.execute(current, this.body);
		}
		catch (IOException ex) {
			if (!RetryRules.isRetryable(ex)) {
				throw ex;
			}
			LibraryRetry library = this.policy.libraryRetry();
			this.sendings += library.sendings(this.request.getMethod(), ex);
			int max = this.policy.settings().maxAttempts();
			boolean roomForAnother = this.sendings + library.maxSendings(this.request.getMethod()) <= max;
			throw roomForAnother ? RetryableFailure.of(ex) : RetryableFailure.lastOf(ex);
		}
		this.sendings++;
		HttpStatusCode status = response.getStatusCode();
		if (!RetryRules.isRetryable(status)) {
			return response;
		}
		throw RetryableFailure.of(response, status, retryAfter(response, status));
	}

	/**
	 * Make the first attempt outside the retry machinery, which only a failure needs.
	 * @return the response of a first attempt that needs no retry
	 * @throws RetryableFailure if it does; {@link RetryRunner#run} then starts from it
	 * without repeating it
	 * @throws IOException if it failed for good
	 */
	ClientHttpResponse first() throws IOException, RetryableFailure {
		try {
			return attempt(1);
		}
		catch (RetryableFailure failure) {
			this.firstFailure = failure;
			throw failure;
		}
	}

	@Override
	public void beforeRetry(RetryableFailure failure, int nextAttempt, Duration wait) {
		this.retries++;
		failure.release();
		this.policy.events().retrying(this.request, failure, nextAttempt, this.policy.settings().maxAttempts(), wait);
	}

	/**
	 * Return the number of attempts made so far.
	 * @return the number, 0 before the first
	 */
	int made() {
		return this.made;
	}

	/**
	 * Whether a retry was decided on, even if its wait was then interrupted.
	 * @return {@code true} once {@link #beforeRetry} was called
	 */
	boolean retried() {
		return this.retries > 0;
	}

	private @Nullable Duration retryAfter(ClientHttpResponse response, HttpStatusCode status) {
		if (!RetryRules.honoursRetryAfter(status)) {
			return null;
		}
		String value = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
		Duration wait = RetryAfter.parse(value, this.policy.clock().instant());
		Duration max = this.policy.settings().maxRetryAfter();
		if (value != null && wait != null && wait.compareTo(max) > 0) {
			response.close();
			RetryAfterTooLongException ex = new RetryAfterTooLongException(this.policy.provider(), status,
					value.strip(), wait, max);
			this.policy.events().retryAfterTooLong(this.request, ex);
			throw ex;
		}
		return wait;
	}

	/**
	 * What every request to one provider shares.
	 *
	 * @param provider the provider's name
	 * @param settings its retry settings
	 * @param events where retries are reported
	 * @param clock the time, for {@code Retry-After} dates
	 * @param libraryRetry what the HTTP library repeats by itself
	 */
	record Policy(String provider, RetrySettings settings, RetryEvents events, Clock clock, LibraryRetry libraryRetry) {
	}

}
