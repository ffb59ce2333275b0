package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

	static {
		// Without TCP_NODELAY the JDK server's separate header and body writes can meet
		// delayed ACKs and stall each exchange for tens of milliseconds.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	public static final byte[] BODY = "{\"credits\":42,\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

	private final HttpServer server;

	private final ExecutorService executor;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong withoutBearer = new AtomicLong();

	private final AtomicLong withApiKey = new AtomicLong();

	private LoopbackServer(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Start a server.
	 * @param threads handler threads; 0 handles each exchange on the server's dispatcher
	 * thread, the fastest for one client at a time
	 * @return the running server
	 */
	public static LoopbackServer start(int threads) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
			ExecutorService executor = (threads > 0) ? Executors.newFixedThreadPool(threads, Daemon.threads("loopback"))
					: null;
			LoopbackServer loopback = new LoopbackServer(server, executor);
			server.createContext("/", loopback::handle);
			server.setExecutor(executor);
			server.start();
			return loopback;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the loopback server", ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		this.requests.incrementAndGet();
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			this.withoutBearer.incrementAndGet();
		}
		if (exchange.getRequestHeaders().containsKey("x-api-key")) {
			this.withApiKey.incrementAndGet();
		}
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, BODY.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(BODY);
		}
	}

	/**
	 * Return the server's root URL.
	 * @return for example {@code http://127.0.0.1:40123}
	 */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
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
		this.server.stop(0);
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

}
