package io.github.genmedia.providers.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.error.ProviderException;
import io.github.genmedia.providers.ratelimit.RateLimitExceededException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * An active health check: one cheap authenticated GET, its result reused for a while.
 * <p>
 * Health endpoints are polled by load balancers and dashboards, often every few
 * seconds; without the cache each poll would be a paid or rate-limited call. Concurrent
 * polls share one probe. The client it uses is built with the probe's timeout, so a hung
 * provider cannot hang the health endpoint, and takes its rate-limit permit at once, on
 * credit; while the provider demands a pause (429 with {@code Retry-After}) there is no
 * probe result, health follows the real traffic, and the next health check probes again.
 */
final class ProviderProbe {

	private final RestClient client;

	private final String path;

	private final Duration cacheTtl;

	private final Clock clock;

	private @Nullable ProbeResult cached;

	ProviderProbe(RestClient client, String path, Duration cacheTtl, Clock clock) {
		this.client = client;
		this.path = path;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
	}

	synchronized @Nullable ProbeResult result() {
		Instant now = this.clock.instant();
		if (this.cached == null || !now.isBefore(this.cached.checkedAt().plus(this.cacheTtl))) {
			ProbeResult probed = probe(now);
			if (probed == null) {
				return null;
			}
			this.cached = probed;
		}
		return this.cached;
	}

	private @Nullable ProbeResult probe(Instant now) {
		try {
			ResponseEntity<String> response = this.client.get().uri(this.path).retrieve().toEntity(String.class);
			return new ProbeResult(true, response.getStatusCode().value(), null, numbersIn(response.getBody()), now);
		}
		catch (ProviderException ex) {
			return new ProbeResult(false, ex.getStatusCode().value(), ex.getMessage(), Map.of(), now);
		}
		catch (RateLimitExceededException ex) {
			// The provider asked for a pause: the real calls tell its health meanwhile.
			return null;
		}
		catch (RestClientException ex) {
			Throwable cause = ex.getMostSpecificCause();
			return new ProbeResult(false, null, "no response: " + cause.getClass().getSimpleName(), Map.of(), now);
		}
		catch (RuntimeException ex) {
			return new ProbeResult(false, null, describe(ex), Map.of(), now);
		}
	}

	/**
	 * The starter's own exceptions say what went wrong without secrets; any other
	 * exception (an HTTP library's, quoting a header value or a URL) is named by its type.
	 */
	private static String describe(RuntimeException ex) {
		boolean own = ex.getClass().getName().startsWith("io.github.genmedia.providers.");
		return (own && ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	/**
	 * The numbers at the top level of a JSON body, such as a balance or credits left;
	 * nothing else of the body is kept.
	 */
	private static Map<String, Object> numbersIn(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return Map.of();
		}
		try {
			JsonNode root = JsonMapper.shared().readTree(body);
			JsonNode data = root.path("data").isObject() ? root.path("data") : root;
			Map<String, Object> numbers = new LinkedHashMap<>();
			data.properties().forEach((entry) -> {
				if (entry.getValue().isNumber()) {
					numbers.put(entry.getKey(), entry.getValue().numberValue());
				}
			});
			return numbers;
		}
		catch (JacksonException ex) {
			return Map.of();
		}
	}

	/**
	 * The outcome of one probe.
	 *
	 * @param success whether the provider answered 2xx
	 * @param status the status, or {@code null} when there was no response
	 * @param error why it failed, or {@code null}
	 * @param numbers the numbers of the response body, such as a balance
	 * @param checkedAt when the probe ran
	 */
	record ProbeResult(boolean success, @Nullable Integer status, @Nullable String error, Map<String, Object> numbers,
			Instant checkedAt) {

	}

}
