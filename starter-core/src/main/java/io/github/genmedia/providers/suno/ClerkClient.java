package io.github.genmedia.providers.suno;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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
 * an application's client settings (request factory, timeouts, observation) apply;
 * requests use absolute URLs, so that client needs no base URL. Every failure becomes a
 * {@link ClerkException} whose message contains no secret; no retries happen here (see
 * {@link ClerkRetry}).
 */
public final class ClerkClient {

	/** Same wording as the widely used Node client, so that users find the advice. */
	public static final String NO_SESSION_MESSAGE = "Failed to get session id, you may need to update the SUNO_COOKIE";

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
	 * @throws ClerkException with {@link #NO_SESSION_MESSAGE} when the cookie is signed
	 * out, or for any failure of the call
	 */
	public String fetchSessionId(SunoCookie cookie) {
		ClientEnvelope envelope = exchange(SESSION_LOOKUP,
				this.restClient.get().uri(uri("/v1/client")), cookie, ClientEnvelope.class);
		String sessionId = (envelope != null && envelope.response() != null)
				? envelope.response().lastActiveSessionId() : null;
		if (sessionId == null || sessionId.isBlank()) {
			throw new ClerkException(NO_SESSION_MESSAGE, HttpStatus.OK.value(), false, null);
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
		if (response == null || response.jwt() == null || response.jwt().isBlank()) {
			throw new ClerkException("Clerk answered the " + TOKEN_REQUEST + " without a jwt", HttpStatus.OK.value(),
					true, null);
		}
		try {
			return SunoJwt.of(response.jwt());
		}
		catch (IllegalArgumentException ex) {
			throw new ClerkException("Clerk answered the " + TOKEN_REQUEST + " with an unusable jwt: "
					+ ex.getMessage(), HttpStatus.OK.value(), true, null);
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

	private <T> T exchange(String call, RestClient.RequestHeadersSpec<?> request, SunoCookie cookie, Class<T> type) {
		try {
			return request.header(HttpHeaders.AUTHORIZATION, cookie.revealClient())
				.accept(MediaType.APPLICATION_JSON)
				.exchange((clientRequest, response) -> {
					HttpStatusCode status = response.getStatusCode();
					if (!status.is2xxSuccessful()) {
						throw statusException(call, status);
					}
					try {
						return response.bodyTo(type);
					}
					catch (RestClientException ex) {
						throw unreadable(call);
					}
				});
		}
		catch (ClerkException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			// The message of ResourceAccessException repeats the URL, and with it the
			// session id; the I/O exception underneath does not.
			Throwable io = (ex.getCause() != null) ? ex.getCause() : null;
			String reason = (io != null) ? io.getClass().getSimpleName() : "I/O error";
			throw new ClerkException("Clerk did not answer the " + call + " (" + reason + ")", 0, true, io);
		}
		catch (RestClientException ex) {
			throw unreadable(call);
		}
	}

	private static ClerkException unreadable(String call) {
		return new ClerkException("Clerk's answer to the " + call + " could not be read as JSON", HttpStatus.OK.value(),
				true, null);
	}

	private static ClerkException statusException(String call, HttpStatusCode status) {
		int code = status.value();
		HttpStatus known = HttpStatus.resolve(code);
		String statusText = "HTTP " + code + ((known != null) ? " " + known.getReasonPhrase() : "");
		boolean transientFailure = status.is5xxServerError() || code == 408 || code == 429;
		// 401, 403 and 404 mean the sign-in behind __client is gone; any other 4xx is more
		// likely an outdated __clerk_api_version or _clerk_js_version.
		String advice = transientFailure ? ""
				: (code == 401 || code == 403 || code == 404) ? "; you may need to update the SUNO_COOKIE"
						: "; check providers.suno.clerk.api-version and js-version";
		return new ClerkException("Clerk answered the " + call + " with " + statusText + advice, code,
				transientFailure, null);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ClientEnvelope(ClientState response) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ClientState(@JsonProperty("last_active_session_id") String lastActiveSessionId) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TokenResponse(String jwt) {
	}

}
