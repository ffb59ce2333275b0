package io.github.genmedia.providers.suno;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.genmedia.providers.retry.RetryAfter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The two calls to Clerk, Suno's login service, that turn a browser cookie into a JWT:
 * look up the session the cookie is signed in with, then ask for a token for it.
 * <p>
 * Clerk expects the {@code __client} cookie value as the raw {@code Authorization}
 * header, without a {@code Bearer} prefix. Built on a {@link RestClient} it is given, so
 * an application's HTTP library and timeouts apply; requests use absolute URLs, so that
 * client needs no base URL. Every failure becomes a {@link ClerkException} of a
 * {@link SunoTokenFailure} kind whose message contains no secret; no retries happen here
 * (see {@link ClerkRetry}).
 *
 * @since 0.1.0
 */
public final class ClerkClient {

	/** Same opening as the widely used Node client's message, so that users find the advice. */
	public static final String NO_SESSION_MESSAGE = "Failed to get session id: the cookie's sign-in has no active "
			+ "session";

	private static final String SESSION_LOOKUP = "session lookup";

	private static final String TOKEN_REQUEST = "token request";

	private final RestClient restClient;

	private final ClerkSettings settings;

	/**
	 * Create a client.
	 * @param restClient the client to send requests with; it must not follow redirects to
	 * other hosts, since the requests carry the sign-in
	 * @param settings where Clerk is and which versions to claim
	 */
	public ClerkClient(RestClient restClient, ClerkSettings settings) {
		this.restClient = restClient;
		this.settings = settings;
	}

	/**
	 * Look up the session the cookie is signed in with:
	 * {@code GET /v1/client}, reading {@code response.last_active_session_id}.
	 * @param cookie the account
	 * @return the session id
	 * @throws ClerkException {@link SunoTokenFailure#COOKIE_REJECTED} when the cookie is
	 * signed out, or another kind for any failure of the call
	 */
	public String fetchSessionId(SunoCookie cookie) {
		ClientEnvelope envelope = exchange(SESSION_LOOKUP, this.restClient.get().uri(uri("/v1/client")), cookie,
				ClientEnvelope.class);
		ClientState state = (envelope != null) ? envelope.response() : null;
		String sessionId = (state != null) ? state.lastActiveSessionId() : null;
		if (sessionId == null || sessionId.isBlank()) {
			throw new ClerkException(NO_SESSION_MESSAGE, SunoTokenFailure.COOKIE_REJECTED, HttpStatus.OK.value(), null,
					null);
		}
		return sessionId;
	}

	/**
	 * Ask for a token for a session:
	 * {@code POST /v1/client/sessions/{id}/tokens} with the body {@code {}}.
	 * @param cookie the account
	 * @param sessionId the session, from {@link #fetchSessionId(SunoCookie)}
	 * @return the token
	 * @throws ClerkException for any failure, including an answer without {@code jwt}
	 */
	public SunoJwt fetchToken(SunoCookie cookie, String sessionId) {
		TokenResponse response = exchange(TOKEN_REQUEST,
				this.restClient.post()
					.uri(uri("/v1/client/sessions/{sessionId}/tokens", sessionId))
					.contentType(MediaType.APPLICATION_JSON)
					.body("{}"),
				cookie, TokenResponse.class);
		String jwt = (response != null) ? response.jwt() : null;
		if (jwt == null || jwt.isBlank()) {
			throw unusable("Clerk answered the " + TOKEN_REQUEST + " without a jwt");
		}
		try {
			return SunoJwt.of(jwt);
		}
		catch (IllegalArgumentException ex) {
			throw unusable("Clerk answered the " + TOKEN_REQUEST + " with an unusable jwt: " + ex.getMessage());
		}
	}

	private URI uri(String path, Object... variables) {
		return UriComponentsBuilder.fromUri(this.settings.baseUrl())
			.path(path)
			.queryParam("__clerk_api_version", this.settings.apiVersion())
			.queryParam("_clerk_js_version", this.settings.jsVersion())
			.encode()
			.buildAndExpand(variables)
			.toUri();
	}

	// An empty answer reads as null, which this method returns as such; NullAway cannot
	// see that the exchange function may return null on Java 17 (no JSpecify generics).
	@SuppressWarnings("NullAway")
	private <T> @Nullable T exchange(String call, RestClient.RequestHeadersSpec<?> request, SunoCookie cookie,
			Class<T> type) {
		try {
			return request.header(HttpHeaders.AUTHORIZATION, cookie.revealClient())
				.accept(MediaType.APPLICATION_JSON)
				.exchange((clientRequest, response) -> {
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw statusException(call, response);
					}
					try {
						return response.bodyTo(type);
					}
					catch (RestClientException ex) {
						throw unusable("Clerk's answer to the " + call + " could not be read as JSON");
					}
				});
		}
		catch (ClerkException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			// The message of ResourceAccessException repeats the URL, and with it the
			// session id; the I/O exception underneath does not.
			Throwable io = ex.getCause();
			String reason = (io != null) ? io.getClass().getSimpleName() : "I/O error";
			throw new ClerkException("Clerk did not answer the " + call + " (" + reason + ")",
					SunoTokenFailure.CLERK_UNREACHABLE, 0, null, io);
		}
		catch (RestClientException ex) {
			throw unusable("Clerk's answer to the " + call + " could not be read as JSON");
		}
	}

	private static ClerkException unusable(String message) {
		return new ClerkException(message, SunoTokenFailure.CLERK_ANSWER_UNUSABLE, HttpStatus.OK.value(), null, null);
	}

	private static ClerkException statusException(String call, ClientHttpResponse response)
			throws java.io.IOException {
		HttpStatusCode status = response.getStatusCode();
		int code = status.value();
		HttpStatus known = HttpStatus.resolve(code);
		String statusText = "HTTP " + code + ((known != null) ? " " + known.getReasonPhrase() : "");
		SunoTokenFailure failure = failureOf(status);
		Duration retryAfter = (code == 429 || code == 503)
				? RetryAfter.parse(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), Clock.systemUTC().instant())
				: null;
		return new ClerkException("Clerk answered the " + call + " with " + statusText, failure, code, retryAfter,
				null);
	}

	/**
	 * 401, 403 and 404 mean the sign-in behind {@code __client} is gone; any other 4xx is
	 * more likely an outdated {@code __clerk_api_version} or {@code _clerk_js_version}.
	 */
	private static SunoTokenFailure failureOf(HttpStatusCode status) {
		int code = status.value();
		if (code == 429) {
			return SunoTokenFailure.CLERK_RATE_LIMITED;
		}
		if (status.is5xxServerError() || code == 408) {
			return SunoTokenFailure.CLERK_UNREACHABLE;
		}
		if (code == 401 || code == 403 || code == 404) {
			return SunoTokenFailure.COOKIE_REJECTED;
		}
		return SunoTokenFailure.CLERK_CLIENT_OUTDATED;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ClientEnvelope(@Nullable ClientState response) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ClientState(@JsonProperty("last_active_session_id") @Nullable String lastActiveSessionId) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TokenResponse(@Nullable String jwt) {
	}

}
