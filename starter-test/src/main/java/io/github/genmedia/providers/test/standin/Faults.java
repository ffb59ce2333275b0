package io.github.genmedia.providers.test.standin;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;

/**
 * Faults a test scripted for a provider's next calls: each served request of that
 * provider takes the next fault, if there is one, and answers with it instead.
 *
 * @since 0.1.0
 */
public final class Faults implements ResponseTransformerV2 {

	static final String NAME = "genmedia-faults";

	private final Map<String, Queue<Fault>> pending = new ConcurrentHashMap<>();

	private final Map<String, String> creditsBodies;

	Faults(Map<String, String> creditsBodies) {
		this.creditsBodies = creditsBodies;
	}

	/**
	 * Add faults for a provider's next calls.
	 * @param provider the provider
	 * @param calls how many calls
	 * @param fault the fault each of them gets
	 */
	public void add(String provider, int calls, Fault fault) {
		Queue<Fault> queue = this.pending.computeIfAbsent(provider, (name) -> new ConcurrentLinkedQueue<>());
		for (int i = 0; i < calls; i++) {
			queue.add(fault);
		}
	}

	/**
	 * Forget every fault not yet served.
	 */
	public void clear() {
		this.pending.clear();
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		String provider = ProviderPaths.providerOf(serveEvent.getRequest().getUrl());
		Queue<Fault> queue = (provider != null) ? this.pending.get(provider) : null;
		Fault fault = (queue != null) ? queue.poll() : null;
		return (fault != null) ? fault.apply(response, this.creditsBodies.getOrDefault(provider, "{}")) : response;
	}

	@Override
	public String getName() {
		return NAME;
	}

	/**
	 * What a scripted call answers.
	 *
	 * @param status the status, or 0 to keep the answer and only delay it
	 * @param retryAfter the {@code Retry-After} to send, or {@code null}
	 * @param delay how long to wait before answering
	 */
	public record Fault(int status, @Nullable Duration retryAfter, Duration delay) {

		Response apply(Response response, String creditsBody) {
			Response.Builder builder = Response.Builder.like(response).but();
			if (!this.delay.isZero()) {
				builder.incrementInitialDelay(this.delay.toMillis());
			}
			if (this.status == 0) {
				return builder.build();
			}
			HttpHeaders headers = new HttpHeaders(new HttpHeader("Content-Type", "application/json"));
			if (this.retryAfter != null) {
				headers = headers.plus(new HttpHeader("Retry-After", String.valueOf(this.retryAfter.toSeconds())));
			}
			String body = (this.status == 402) ? creditsBody
					: "{\"message\":\"Stand-in fault: HTTP " + this.status + "\"}";
			return builder.status(this.status).headers(headers).body(body).build();
		}

	}

}
