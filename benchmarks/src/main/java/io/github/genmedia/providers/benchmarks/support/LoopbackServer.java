package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that answers every request with the same small
 * JSON body. Far cheaper and steadier per request than WireMock, so that the client side
 * dominates what a benchmark measures.
 * <p>
 * Counts requests, those without {@code Authorization: Bearer ...} (to check that a Suno
 * client really sent its token) and those with {@code x-api-key} (Sunor's key).
 */
public final class LoopbackServer implements AutoCloseable {

	public static final byte[] BODY = "{\"credits\":42,\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

	private final LocalHttpServer server;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong withoutBearer = new AtomicLong();

	private final AtomicLong withApiKey = new AtomicLong();

	private LoopbackServer(LocalHttpServer server) {
		this.server = server;
	}

	/**
	 * Start a server.
	 * @param threads handler threads; 0 handles each exchange on the server's dispatcher
	 * thread, the fastest for one client at a time
	 * @return the running server
	 */
	public static LoopbackServer start(int threads) {
		LocalHttpServer server = LocalHttpServer.bind("loopback", threads, 128);
		LoopbackServer loopback = new LoopbackServer(server);
		server.serve("/", loopback::handle);
		return loopback;
	}

	private void handle(HttpExchange exchange) throws IOException {
		LocalHttpServer.discardBody(exchange);
		this.requests.incrementAndGet();
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			this.withoutBearer.incrementAndGet();
		}
		if (exchange.getRequestHeaders().containsKey("x-api-key")) {
			this.withApiKey.incrementAndGet();
		}
		LocalHttpServer.respond(exchange, 200, BODY);
	}

	/**
	 * Return the server's root URL.
	 * @return for example {@code http://127.0.0.1:40123}
	 */
	public String url() {
		return this.server.url();
	}

	public long requests() {
		return this.requests.get();
	}

	public long requestsWithApiKey() {
		return this.withApiKey.get();
	}

	public long requestsWithoutBearer() {
		return this.withoutBearer.get();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
