package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;

/**
 * Autype's render API, shaped as Autype answers it: {@code POST /render/markdown} starts a
 * job {@code PENDING}, {@code GET /render/{id}} answers {@code PROCESSING} with its
 * progress, then {@code COMPLETED}. Each render lasts the milliseconds its Markdown names
 * ({@code "# render 4200 ms"}). When the job completes, its webhook (the secret the render
 * sent) is handed to a delivery callback, once, as Autype tries a delivery once; the
 * harness decides which instance receives it. Counts the status polls per job.
 */
public final class AutypeRenderStandIn implements AutoCloseable {

	private static final Pattern DURATION = Pattern.compile("# render (\\d+) ms");

	private static final Pattern SECRET = Pattern.compile("\"headerValue\"\\s*:\\s*\"([^\"]+)\"");

	private final LocalHttpServer server;

	private final ScheduledExecutorService deliveries = Executors.newScheduledThreadPool(2,
			Daemon.threads("autype-webhooks"));

	private final Map<String, long[]> times = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	private volatile BiConsumer<String, String> webhook = (id, secret) -> {
	};

	private AutypeRenderStandIn(LocalHttpServer server) {
		this.server = server;
	}

	public static AutypeRenderStandIn start() {
		LocalHttpServer server = LocalHttpServer.bind("autype-stand-in", 8, 512);
		AutypeRenderStandIn standIn = new AutypeRenderStandIn(server);
		server.serve("/render", standIn::handle);
		return standIn;
	}

	/**
	 * Set where completed jobs' webhooks go.
	 * @param delivery called with the job id and the secret its render sent, when it
	 * completes
	 */
	public void onCompletion(BiConsumer<String, String> delivery) {
		this.webhook = delivery;
	}

	public String url() {
		return this.server.url();
	}

	/** When a job completed (or will), in {@link System#nanoTime()}. */
	public long completesAt(String id) {
		return this.times.get(id)[1];
	}

	public int polls(String id) {
		AtomicInteger count = this.polls.get(id);
		return (count != null) ? count.get() : 0;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		int status = 200;
		if (exchange.getRequestMethod().equals("POST")) {
			String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Matcher duration = DURATION.matcher(request);
			long millis = duration.find() ? Long.parseLong(duration.group(1)) : 0;
			Matcher secret = SECRET.matcher(request);
			String id = "r-" + this.ids.incrementAndGet();
			long now = System.nanoTime();
			this.times.put(id, new long[] { now, now + TimeUnit.MILLISECONDS.toNanos(millis) });
			this.polls.put(id, new AtomicInteger());
			if (secret.find()) {
				String value = secret.group(1);
				this.deliveries.schedule(() -> this.webhook.accept(id, value), millis, TimeUnit.MILLISECONDS);
			}
			body = "{\"jobId\":\"" + id + "\",\"status\":\"PENDING\",\"format\":\"PDF\",\"createdAt\":\"t\"}";
		}
		else {
			String id = exchange.getRequestURI().getPath().substring("/render/".length());
			long[] time = this.times.get(id);
			if (time == null) {
				status = 404;
				body = "{\"statusCode\":404,\"message\":\"Render job not found\",\"error\":\"Not Found\"}";
			}
			else {
				this.polls.get(id).incrementAndGet();
				body = state(id, time, System.nanoTime());
			}
		}
		LocalHttpServer.respond(exchange, status, body.getBytes(StandardCharsets.UTF_8));
	}

	/** PENDING for the first tenth, then PROCESSING with its progress, as Autype reports it. */
	private static String state(String id, long[] time, long now) {
		double progress = Math.min(1, (now - time[0]) / (double) Math.max(1, time[1] - time[0]));
		String status = (progress >= 1) ? "COMPLETED" : (progress < 0.1) ? "PENDING" : "PROCESSING";
		String done = (progress >= 1) ? ",\"filename\":\"" + id + ".pdf\",\"downloadUrl\":\"/render/" + id
				+ "/download\",\"completedAt\":\"t\"" : "";
		return "{\"jobId\":\"" + id + "\",\"status\":\"" + status + "\",\"format\":\"PDF\",\"createdAt\":\"t\""
				+ done + ",\"progress\":" + ((progress < 0.1) ? 0 : Math.round(progress * 100)) + "}";
	}

	@Override
	public void close() {
		this.server.close();
		this.deliveries.shutdownNow();
	}

}
