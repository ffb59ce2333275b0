package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;

/**
 * A provider that enforces a rate limit per key the way Sunor documents its own: a fixed
 * window ("the limit resets every 60 seconds"), here compressed to one second,
 * {@code X-RateLimit-Remaining} on every answer, and beyond the limit a 429 with
 * {@code Retry-After} in whole seconds until the window resets. Each answer takes a fixed
 * time, as a real provider's work does.
 * <p>
 * Windows start on the wall clock's whole seconds; requests are counted when they
 * arrive. It counts the requests it accepted and the 429s it answered, and the most it
 * accepted in one window.
 */
public final class QuotaStandIn implements AutoCloseable {

	private static final byte[] OK = "{\"code\":0,\"data\":{\"available\":950}}".getBytes(StandardCharsets.UTF_8);

	private final int limit;

	private final long latencyMillis;

	private final LocalHttpServer server;

	private final Map<String, Window> windows = new HashMap<>();

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong mostInAWindow = new AtomicLong();

	private QuotaStandIn(int limit, long latencyMillis, LocalHttpServer server) {
		this.limit = limit;
		this.latencyMillis = latencyMillis;
		this.server = server;
	}

	/**
	 * Start the stand-in.
	 * @param limit requests per second and key
	 * @param latencyMillis how long each answer takes
	 * @return the running stand-in
	 */
	public static QuotaStandIn start(int limit, long latencyMillis) {
		LocalHttpServer server = LocalHttpServer.bind("quota-stand-in", 64, 256);
		QuotaStandIn standIn = new QuotaStandIn(limit, latencyMillis, server);
		server.serve("/", standIn::handle);
		return standIn;
	}

	private void handle(HttpExchange exchange) throws IOException {
		long now = System.currentTimeMillis();
		LocalHttpServer.discardBody(exchange);
		String key = String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key"));
		int remaining = admit(key, now);
		sleep();
		if (remaining >= 0) {
			exchange.getResponseHeaders().set("X-RateLimit-Remaining", String.valueOf(remaining));
			LocalHttpServer.respond(exchange, 200, OK);
			return;
		}
		long retryAfter = Math.max(1, (1000 - now % 1000 + 999) / 1000);
		byte[] body = ("{\"code\":429,\"message\":\"Rate limit exceeded. Try again in " + retryAfter + " seconds.\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("X-RateLimit-Remaining", "0");
		exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
		LocalHttpServer.respond(exchange, 429, body);
	}

	/** Count the request in its key's window: the requests left, or -1 when it is over the limit. */
	private synchronized int admit(String key, long now) {
		Window window = this.windows.computeIfAbsent(key, (k) -> new Window());
		long second = now / 1000;
		if (window.second != second) {
			window.second = second;
			window.used = 0;
		}
		if (window.used >= this.limit) {
			this.refused.incrementAndGet();
			return -1;
		}
		window.used++;
		this.accepted.incrementAndGet();
		this.mostInAWindow.accumulateAndGet(window.used, Math::max);
		return this.limit - window.used;
	}

	private void sleep() {
		try {
			Thread.sleep(this.latencyMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public String url() {
		return this.server.url();
	}

	public long accepted() {
		return this.accepted.get();
	}

	public long refused() {
		return this.refused.get();
	}

	public long mostInAWindow() {
		return this.mostInAWindow.get();
	}

	/** Forget the busiest window so far, for a new measurement. */
	public void resetMost() {
		this.mostInAWindow.set(0);
	}

	@Override
	public void close() {
		this.server.close();
	}

	private static final class Window {

		private long second = -1;

		private int used;

	}

}
