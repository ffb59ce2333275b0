package io.github.genmedia.providers.suno;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.genmedia.providers.auth.ProviderOrigin;
import io.github.genmedia.providers.http.RequestBodies;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Authenticates requests to Suno's API with a Clerk token instead of the browser cookie
 * it was made from.
 * <p>
 * Requests to the API origin get {@code Authorization: Bearer <jwt>} and
 * {@code Device-Id}; the {@code Cookie} header never leaves, because it holds
 * {@code __client}, the long-lived sign-in itself, and Suno's API does not need it. A
 * request whose {@code Cookie} header contains {@code __client} is made as that
 * account (see {@link SunoTokenProvider#forCookie(String)}); any other request as the
 * configured account. A {@code Cookie} header without {@code __client} is removed as
 * well: browser cookies of suno.com include {@code __session}, a token of the user who
 * copied them, and a request must not carry one account's token while authenticated as
 * another. Requests to other origins pass untouched.
 * <p>
 * When Suno answers 401, the token is refreshed once and the request repeated once, for
 * a token Suno rejected before its {@code exp}. A second 401 is returned as it is, and
 * for a minute after it further 401s of that account trigger no refresh (see
 * {@link SunoAccount#mayRefreshAfterRejection()}), so an account Suno rejects cannot turn
 * every request into a Clerk call. A failed refresh fails the request with
 * {@link SunoAuthenticationException}, whose cause says why Clerk gave no new token. The
 * request body is a byte array, so it can be sent twice; repeating the request runs the
 * interceptors behind this one again. An account is marked in use while its request
 * runs, so that the account cache never drops it underneath.
 * <p>
 * Exceptions: {@link SunoAuthenticationException} when no token is available within the
 * token wait, {@link InvalidSunoCookieException} when a request's {@code Cookie} header
 * names {@code __client} but is unusable. In both cases nothing is sent to Suno.
 *
 * @since 0.1.0
 */
public final class SunoAuthInterceptor implements ClientHttpRequestInterceptor {

	/** The header Suno's web app sends the device id in. */
	public static final String DEVICE_ID_HEADER = "Device-Id";

	/**
	 * How long a request waits for a token when none is valid: enough for Clerk's two
	 * calls with {@link ClerkRetry}'s default retries, short enough that an outage shows
	 * as an error rather than as hanging requests.
	 */
	public static final Duration DEFAULT_TOKEN_WAIT = Duration.ofSeconds(5);

	private static final Log logger = LogFactory.getLog(SunoAuthInterceptor.class);

	private final SunoTokenProvider tokens;

	private final ProviderOrigin apiOrigin;

	private final Duration tokenWait;

	private final AtomicBoolean warnedAboutCookie = new AtomicBoolean();

	/**
	 * Create an interceptor that waits up to {@link #DEFAULT_TOKEN_WAIT} for a token.
	 * @param tokens the token provider
	 * @param apiOrigin the origin of Suno's API, the only one that gets the token
	 */
	public SunoAuthInterceptor(SunoTokenProvider tokens, ProviderOrigin apiOrigin) {
		this(tokens, apiOrigin, DEFAULT_TOKEN_WAIT);
	}

	/**
	 * Create an interceptor.
	 * @param tokens the token provider
	 * @param apiOrigin the origin of Suno's API, the only one that gets the token
	 * @param tokenWait how long a request waits for a token when none is valid
	 */
	public SunoAuthInterceptor(SunoTokenProvider tokens, ProviderOrigin apiOrigin, Duration tokenWait) {
		this.tokens = tokens;
		this.apiOrigin = apiOrigin;
		this.tokenWait = tokenWait;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!this.apiOrigin.matches(request.getURI())) {
			removeSignInCookie(request.getHeaders());
			return execution.execute(request, body);
		}
		SunoAccount account = acquire(request.getHeaders());
		try {
			return send(request, body, execution, account);
		}
		finally {
			account.release();
		}
	}

	private ClientHttpResponse send(HttpRequest request, byte[] body, ClientHttpRequestExecution execution,
			SunoAccount account) throws IOException {
		String token = account.currentToken(this.tokenWait);
		authorize(request.getHeaders(), account, token);
		ClientHttpResponse response = execution.execute(request, body);
		if (response.getStatusCode().value() != 401) {
			account.accepted();
			return response;
		}
		if (!account.mayRefreshAfterRejection() || !RequestBodies.isReplayable(request)) {
			return response;
		}
		response.close();
		authorize(request.getHeaders(), account, account.refreshAfterRejection(token, this.tokenWait));
		ClientHttpResponse repeated = execution.execute(request, body);
		if (repeated.getStatusCode().value() == 401) {
			account.rejectedAfterRefresh();
		}
		else {
			account.accepted();
		}
		return repeated;
	}

	/**
	 * Pick the account, mark it in use, and remove the {@code Cookie} header.
	 */
	private SunoAccount acquire(HttpHeaders headers) {
		List<String> cookies = headers.get(HttpHeaders.COOKIE);
		if (cookies == null || cookies.isEmpty()) {
			return this.tokens.acquireDefault();
		}
		String cookie = String.join("; ", cookies);
		headers.remove(HttpHeaders.COOKIE);
		if (SunoCookie.hasClientCookie(cookie)) {
			return this.tokens.acquire(SunoCookie.parse(cookie));
		}
		if (this.warnedAboutCookie.compareAndSet(false, true)) {
			logger.warn("A request to Suno's API carried a Cookie header without __client; the header was removed "
					+ "and the request made as the configured account");
		}
		return this.tokens.acquireDefault();
	}

	/**
	 * A {@code Cookie} header with {@code __client} is a long-lived sign-in: it selects
	 * an account for Suno's API and goes nowhere else, not even to a CDN reached through
	 * the same client.
	 */
	private static void removeSignInCookie(HttpHeaders headers) {
		List<String> cookies = headers.get(HttpHeaders.COOKIE);
		if (cookies != null && SunoCookie.hasClientCookie(String.join("; ", cookies))) {
			headers.remove(HttpHeaders.COOKIE);
		}
	}

	/**
	 * Suno's web app sends the device id as a JSON string, in double quotes.
	 */
	private static void authorize(HttpHeaders headers, SunoAccount account, String token) {
		headers.setBearerAuth(token);
		headers.set(DEVICE_ID_HEADER, "\"" + account.deviceId() + "\"");
	}

	@Override
	public String toString() {
		return "SunoAuthInterceptor[Bearer for " + this.apiOrigin + "]";
	}

}
