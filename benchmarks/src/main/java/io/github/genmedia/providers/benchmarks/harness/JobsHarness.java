package io.github.genmedia.providers.benchmarks.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.Stats;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.job.JobObserver;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.retry.RetrySettings;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorErrorDecoder;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.whisul.WhisulJobs;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Polls per job and detection delay: {@code SunorJobs} with its defaults against a fixed
 * 5-second poller, side by side on the same jobs, in compressed time (one modelled second
 * is {@value #MILLIS_PER_SECOND} ms).
 * <p>
 * A Sunor stand-in finishes each task after the duration the request names; both pollers
 * submit the same durations at the same moments, a job every 2 modelled seconds. Two
 * duration models, each with the polling defaults of the provider it models: "narrow",
 * music that takes about the same time each run (log-normal, median 144 s, Whisul's
 * documented example, sigma 0.25; Whisul's defaults); and "wide", Sunor's documented "30
 * seconds to 5 minutes" taken as its 1st to 99th percentile (log-normal, median 95 s,
 * sigma 0.49; Sunor's defaults). Figures for all jobs, and for the second half, submitted
 * once the first jobs had finished and taught the poller.
 */
public final class JobsHarness {

	static final int MILLIS_PER_SECOND = 50;

	static final int JOBS = 400;

	private static final Pattern DURATION = Pattern.compile("\"duration_ms\"\\s*:\\s*(\\d+)");

	private JobsHarness() {
	}

	public static void main(String[] args) throws Exception {
		// Without it every exchange stalls about 44 ms (Nagle meets delayed ACK).
		System.setProperty("sun.net.httpserver.nodelay", "true");
		Figures figures = new Figures();
		StandIn standIn = StandIn.start();
		try {
			run(figures, "narrow", standIn, 144, 0.25, 42, WhisulJobs.DEFAULTS);
			run(figures, "wide", standIn, 95, 0.49, 43, SunorJobs.DEFAULTS);
		}
		finally {
			standIn.stop();
		}
		figures.put("jobs", JOBS).put("millisPerSecond", MILLIS_PER_SECOND);
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	private static void run(Figures figures, String name, StandIn standIn, double medianSeconds, double sigma, long seed,
			PollingSettings defaults) throws InterruptedException {
		Random random = new Random(seed);
		JobPoller poller = new JobPoller(4, Clock.systemUTC(), JobObserver.NONE);
		SunorApi api = api(standIn.url());
		Map<String, Poller> pollers = Map.of("adaptive", new Poller(new SunorJobs(api, poller, scaled(defaults))),
				"fixed", new Poller(new SunorJobs(api, poller, scaled(PollingSettings.fixed(Duration.ofSeconds(5),
						Duration.ofMinutes(10))))));
		CountDownLatch done = new CountDownLatch(2 * JOBS);
		for (int i = 0; i < JOBS; i++) {
			double seconds = Math.min(300, Math.max(30, medianSeconds * Math.exp(sigma * random.nextGaussian())));
			long millis = Math.round(seconds * MILLIS_PER_SECOND);
			for (Poller p : List.of(pollers.get("adaptive"), pollers.get("fixed"))) {
				p.submit(standIn, millis, done);
			}
			// A job every 2 modelled seconds: about 70 in flight per poller.
			Thread.sleep(2L * MILLIS_PER_SECOND);
		}
		if (!done.await(10, TimeUnit.MINUTES)) {
			throw new IllegalStateException("Jobs did not finish");
		}
		poller.close();
		for (Map.Entry<String, Poller> entry : pollers.entrySet()) {
			Poller p = entry.getValue();
			put(figures, name + "." + entry.getKey() + ".", p, standIn, 0);
			// The second half: submitted once the first jobs had finished and taught the poller.
			put(figures, name + "." + entry.getKey() + ".steady.", p, standIn, JOBS / 2);
			figures.put(name + "." + entry.getKey() + ".failures", p.failures.get());
		}
	}

	private static void put(Figures figures, String prefix, Poller poller, StandIn standIn, int from) {
		long[] delays = new long[JOBS - from];
		int polls = 0;
		for (int i = from; i < JOBS; i++) {
			delays[i - from] = poller.delays[i];
			polls += standIn.polls(poller.ids[i]);
		}
		Stats stats = new Stats(delays);
		figures.put(prefix + "pollsPerJob", polls / (double) (JOBS - from))
			.put(prefix + "p50DelaySeconds", stats.median() / 1e6 / MILLIS_PER_SECOND)
			.put(prefix + "p95DelaySeconds", stats.percentile(95) / 1e6 / MILLIS_PER_SECOND);
	}

	private static PollingSettings scaled(PollingSettings settings) {
		return new PollingSettings(scale(settings.firstPoll()), scale(settings.interval()), scale(settings.maxInterval()),
				scale(settings.deadline()), settings.learn());
	}

	private static Duration scale(Duration modelled) {
		return Duration.ofMillis(modelled.toMillis() * MILLIS_PER_SECOND / 1000);
	}

	private static SunorApi api(String url) {
		ProviderDefinition definition = new ProviderDefinition("sunor", URI.create(url), ProviderAuth.header("x-api-key", null),
				Credential.of("sk-bench-jobs"), null, null, Map.of(), RetrySettings.defaults());
		JdkClientHttpRequestFactory library = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		RestClient client = ProviderPipeline.builder(definition)
			.requestFactory(library)
			.errorDecoder(new SunorErrorDecoder())
			.build()
			.applyTo(RestClient.builder())
			.build();
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build().createClient(SunorApi.class);
	}

	/** One poller's jobs and what their detection cost, by submission order. */
	private static final class Poller {

		private final SunorJobs jobs;

		private final String[] ids = new String[JOBS];

		private final long[] delays = new long[JOBS];

		private final AtomicInteger failures = new AtomicInteger();

		private int submitted;

		Poller(SunorJobs jobs) {
			this.jobs = jobs;
		}

		void submit(StandIn standIn, long durationMillis, CountDownLatch done) {
			int index = this.submitted++;
			var job = this.jobs.createTask(SunorTaskRequest.of("suno", "music", Map.of("duration_ms", durationMillis)));
			this.ids[index] = job.jobId();
			long completesAt = standIn.completesAt(job.jobId());
			job.onCompletion((task, failure) -> {
				if (failure != null) {
					this.failures.incrementAndGet();
				}
				else {
					this.delays[index] = System.nanoTime() - completesAt;
				}
				done.countDown();
			});
		}

	}

	/** A Sunor stand-in whose tasks finish after the duration their request names. */
	private static final class StandIn {

		private final HttpServer server;

		private final Map<String, Long> completesAt = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();

		private final AtomicLong ids = new AtomicLong();

		private StandIn(HttpServer server) {
			this.server = server;
		}

		static StandIn start() throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
			StandIn standIn = new StandIn(server);
			server.setExecutor(Executors.newFixedThreadPool(8));
			server.createContext("/task", standIn::handle);
			server.start();
			return standIn;
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		long completesAt(String id) {
			return this.completesAt.get(id);
		}

		int polls(String id) {
			AtomicInteger count = this.polls.get(id);
			return (count != null) ? count.get() : 0;
		}

		private void handle(HttpExchange exchange) throws IOException {
			String body;
			if (exchange.getRequestMethod().equals("POST")) {
				String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				Matcher duration = DURATION.matcher(request);
				long millis = duration.find() ? Long.parseLong(duration.group(1)) : 0;
				String id = "t-" + this.ids.incrementAndGet();
				this.completesAt.put(id, System.nanoTime() + millis * 1_000_000);
				this.polls.put(id, new AtomicInteger());
				body = "{\"code\":200,\"data\":{\"task_id\":\"" + id + "\",\"status\":\"pending\"}}";
			}
			else {
				String id = exchange.getRequestURI().getPath().substring("/task/".length());
				this.polls.get(id).incrementAndGet();
				boolean done = System.nanoTime() >= this.completesAt.get(id);
				body = "{\"code\":200,\"data\":{\"task_id\":\"" + id + "\",\"status\":\"" + (done ? "success" : "running")
						+ "\"}}";
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}

		void stop() {
			this.server.stop(0);
		}

	}

}
