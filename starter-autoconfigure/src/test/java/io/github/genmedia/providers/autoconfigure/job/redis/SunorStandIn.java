package io.github.genmedia.providers.autoconfigure.job.redis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Sunor stand-in that numbers the tasks it is sent and counts the polls of each, with
 * the instance that made it (its {@code X-Instance} header): tasks run until
 * {@link #finishAll()}, and two polls of one task that overlap are counted.
 */
final class SunorStandIn implements AutoCloseable {

	private final HttpServer server;

	private final AtomicInteger tasks = new AtomicInteger();

	private final Queue<Poll> polls = new ConcurrentLinkedQueue<>();

	private final Map<String, AtomicInteger> pollsUnderWay = new ConcurrentHashMap<>();

	private final AtomicInteger overlaps = new AtomicInteger();

	private volatile boolean finished;

	SunorStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.createContext("/task", this::handle);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void finishAll() {
		this.finished = true;
	}

	List<Poll> polls() {
		return List.copyOf(this.polls);
	}

	int overlaps() {
		return this.overlaps.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		if (exchange.getRequestMethod().equals("POST")) {
			String id = "t-" + this.tasks.incrementAndGet();
			answer(exchange, "{\"code\":200,\"data\":{\"task_id\":\"" + id + "\"}}");
			return;
		}
		String id = exchange.getRequestURI().getPath().substring("/task/".length());
		AtomicInteger underWay = this.pollsUnderWay.computeIfAbsent(id, (key) -> new AtomicInteger());
		if (underWay.incrementAndGet() > 1) {
			this.overlaps.incrementAndGet();
		}
		try {
			this.polls.add(new Poll(id, exchange.getRequestHeaders().getFirst("X-Instance")));
			String status = this.finished ? "success" : "running";
			answer(exchange, "{\"code\":200,\"data\":{\"task_id\":\"" + id + "\",\"status\":\"" + status + "\"}}");
		}
		finally {
			underWay.decrementAndGet();
		}
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * A poll the stand-in received.
	 *
	 * @param taskId the task polled
	 * @param instance who polled it
	 */
	record Poll(String taskId, String instance) {
	}

}
