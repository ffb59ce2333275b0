package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;

/**
 * A local stand-in for Suno's Clerk: {@code GET /v1/client} answers with a session id,
 * {@code POST /v1/client/sessions/{id}/tokens} with a JWT whose {@code iat} is now and
 * whose {@code exp} is now plus the configured lifetime. Every call is counted.
 * <p>
 * The session id is derived from the {@code Authorization} header (the {@code __client}
 * value), so distinct cookies are distinct accounts; the answer takes microseconds, so
 * that a flood of accounts measures the client, not this server.
 */
public final class ClerkStandIn implements AutoCloseable {

	private static final String JWT_HEADER = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");

	private final LocalHttpServer server;

	private final AtomicLong sessionCalls = new AtomicLong();

	private final AtomicLong tokenCalls = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private volatile long lifetimeSeconds;

	private ClerkStandIn(LocalHttpServer server, long lifetimeSeconds) {
		this.server = server;
		this.lifetimeSeconds = lifetimeSeconds;
	}

	/**
	 * Start a stand-in.
	 * @param lifetimeSeconds {@code exp - iat} of the JWTs it issues
	 * @return the running stand-in
	 */
	public static ClerkStandIn start(long lifetimeSeconds) {
		LocalHttpServer server = LocalHttpServer.bind("clerk", 2, 128);
		ClerkStandIn clerk = new ClerkStandIn(server, lifetimeSeconds);
		server.serve("/v1/client", clerk::handle);
		return clerk;
	}

	private void handle(HttpExchange exchange) throws IOException {
		LocalHttpServer.discardBody(exchange);
		String client = exchange.getRequestHeaders().getFirst("Authorization");
		String path = exchange.getRequestURI().getPath();
		if (client == null || client.isBlank()) {
			this.rejected.incrementAndGet();
			respond(exchange, 401, "{\"errors\":[{\"message\":\"Unauthorized\"}]}");
			return;
		}
		String sessionId = "sess_" + Integer.toHexString(client.hashCode());
		if ("GET".equals(exchange.getRequestMethod()) && path.equals("/v1/client")) {
			this.sessionCalls.incrementAndGet();
			respond(exchange, 200, "{\"response\":{\"object\":\"client\",\"last_active_session_id\":\"" + sessionId
					+ "\"},\"client\":null}");
		}
		else if ("POST".equals(exchange.getRequestMethod()) && path.startsWith("/v1/client/sessions/")
				&& path.endsWith("/tokens")) {
			this.tokenCalls.incrementAndGet();
			long now = System.currentTimeMillis() / 1000;
			String payload = base64("{\"sid\":\"" + sessionId + "\",\"iat\":" + now + ",\"exp\":"
					+ (now + this.lifetimeSeconds) + "}");
			respond(exchange, 200, "{\"object\":\"token\",\"jwt\":\"" + JWT_HEADER + "." + payload + ".c2lnbmF0dXJl\"}");
		}
		else {
			this.rejected.incrementAndGet();
			respond(exchange, 404, "{\"errors\":[{\"message\":\"Not found\"}]}");
		}
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		LocalHttpServer.respond(exchange, status, json.getBytes(StandardCharsets.UTF_8));
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	public String url() {
		return this.server.url();
	}

	public void lifetimeSeconds(long seconds) {
		this.lifetimeSeconds = seconds;
	}

	public long sessionCalls() {
		return this.sessionCalls.get();
	}

	public long tokenCalls() {
		return this.tokenCalls.get();
	}

	/** Session lookups plus token calls. */
	public long calls() {
		return this.sessionCalls.get() + this.tokenCalls.get();
	}

	public long rejected() {
		return this.rejected.get();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
