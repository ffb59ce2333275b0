package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * The JDK {@link HttpServer} on 127.0.0.1 that the stand-ins answer on, with its daemon
 * handler threads, so that each stand-in is only its answers. Bound on a free port by
 * {@link #bind}, serving once its owner hands it the handler ({@link #serve}).
 */
final class LocalHttpServer implements AutoCloseable {

	static {
		// Without TCP_NODELAY the JDK server's separate header and body writes can meet
		// delayed ACKs and stall each exchange for tens of milliseconds.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final @Nullable ExecutorService executor;

	private LocalHttpServer(HttpServer server, @Nullable ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Bind a server on a free loopback port.
	 * @param name what it stands in for, in its threads' names and in the error
	 * @param threads handler threads; 0 handles each exchange on the server's dispatcher
	 * thread, the fastest for one client at a time
	 * @param backlog connections the socket queues
	 * @return the bound server, not yet serving
	 */
	static LocalHttpServer bind(String name, int threads, int backlog) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
			ExecutorService executor = (threads > 0) ? Executors.newFixedThreadPool(threads, Daemon.threads(name))
					: null;
			return new LocalHttpServer(server, executor);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the " + name + " server", ex);
		}
	}

	/**
	 * Start answering.
	 * @param path the requests to hand to the handler: this path and those below it
	 * @param handler the stand-in's answers
	 */
	void serve(String path, HttpHandler handler) {
		this.server.createContext(path, handler);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/**
	 * Return the server's root URL.
	 * @return for example {@code http://127.0.0.1:40123}
	 */
	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Read the request's body to its end, discarding it. */
	static void discardBody(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
	}

	/** Answer with a JSON body, after any headers the caller set. */
	static void respond(HttpExchange exchange, int status, byte[] json) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, json.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(json);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

}
