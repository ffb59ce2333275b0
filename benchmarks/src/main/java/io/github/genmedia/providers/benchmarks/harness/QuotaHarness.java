package io.github.genmedia.providers.benchmarks.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Daemon;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.QuotaBenchApp;
import io.github.genmedia.providers.benchmarks.support.QuotaStandIn;
import io.github.genmedia.providers.benchmarks.support.RedisServerProcess;
import io.github.genmedia.providers.benchmarks.support.Stats;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Three instances of an application share one provider key: a stand-in that accepts
 * {@value #LIMIT} requests per second per key in fixed windows and answers 429 with
 * {@code Retry-After} beyond. Each instance pushes as much work as it can from
 * {@value #THREADS} threads for {@value #PUSH_SECONDS} s, once with the starter's
 * retries only (the rate limit off) and once with the rate limit on, its buckets shared
 * through one Redis; the same stand-in, key and load in one run.
 * <p>
 * Reported per run: the requests per second the stand-in accepted during the push, which
 * starts on one of its windows and spans {@value #PUSH_SECONDS} whole ones (and the share
 * of its limit), the 429s it answered, the most it accepted in one window, and
 * the latency of successful calls (the wait for a permit and any retries included), and
 * the calls that failed. Each instance calls once and then waits for a new window before
 * the push: a cold HTTP client holds its first requests back for a while after their
 * permits and then sends them together, which says nothing about the limit.
 */
public final class QuotaHarness {

	static final int LIMIT = 20;

	static final int INSTANCES = 3;

	static final int THREADS = 8;

	static final int PUSH_SECONDS = 15;

	/** What a provider takes to answer a cheap call. */
	static final long LATENCY_MILLIS = 25;

	static final String KEY = "sk-quota-0123456789abcdef";

	private QuotaHarness() {
	}

	public static void main(String[] args) throws Exception {
		Figures figures = new Figures();
		if (!RedisServerProcess.missing(figures)) {
			try (RedisServerProcess redis = RedisServerProcess.start();
					QuotaStandIn standIn = QuotaStandIn.start(LIMIT, LATENCY_MILLIS)) {
				Map<String, String> common = new LinkedHashMap<>();
				common.put("providers.sunor.api-key", KEY);
				common.put("providers.sunor.base-url", standIn.url());
				common.putAll(RedisServerProcess.connectionProperties(redis.port()));
				Map<String, String> baseline = new LinkedHashMap<>(common);
				baseline.put("providers.sunor.rate-limit.enabled", "false");
				Map<String, String> limited = new LinkedHashMap<>(common);
				limited.put("providers.rate-limit.store", "redis");
				limited.put("providers.sunor.rate-limit.requests", String.valueOf(LIMIT));
				limited.put("providers.sunor.rate-limit.period", "1s");
				run("baseline", baseline, standIn, figures);
				Thread.sleep(2000);
				run("limiter", limited, standIn, figures);
			}
		}
		figures.put("limit", LIMIT)
			.put("instances", INSTANCES)
			.put("threads", THREADS)
			.put("pushSeconds", PUSH_SECONDS)
			.put("latencyMillis", LATENCY_MILLIS);
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	private static void run(String name, Map<String, String> properties, QuotaStandIn standIn, Figures figures)
			throws Exception {
		System.out.println("[quota] " + name + ": " + INSTANCES + " instances × " + THREADS + " threads, "
				+ PUSH_SECONDS + " s against " + LIMIT + " requests per second per key");
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			List<RestClient> clients = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				ConfigurableApplicationContext context = Contexts.start(QuotaBenchApp.class, properties);
				contexts.add(context);
				clients.add(context.getBean(ProviderClients.class).restClient("sunor"));
			}
			for (RestClient client : clients) {
				client.get().uri("/account/balance").retrieve().toBodilessEntity();
			}
			Thread.sleep(1500);
			Outcomes outcomes = push(clients, standIn);
			Stats latency = new Stats(outcomes.latencies());
			figures.put(name + ".acceptedPerSecond", outcomes.accepted() / (double) PUSH_SECONDS)
				.put(name + ".limitUsed", outcomes.accepted() / (double) (PUSH_SECONDS * LIMIT))
				.put(name + ".refused429", outcomes.refused())
				.put(name + ".mostInAWindow", outcomes.mostInAWindow())
				.put(name + ".calls", outcomes.latencies().length + outcomes.failed())
				.put(name + ".failedCalls", outcomes.failed())
				.put(name + ".p50Ms", latency.median() / 1e6)
				.put(name + ".p95Ms", latency.percentile(95) / 1e6)
				.put(name + ".maxMs", latency.max() / 1e6);
			if (outcomes.firstFailure() != null) {
				figures.put(name + ".firstFailure", outcomes.firstFailure());
			}
			System.out.println("[quota] " + name + ": " + outcomes.accepted() + " accepted, " + outcomes.refused()
					+ " 429s, " + outcomes.failed() + " failed calls, p95 " + latency.percentile(95) / 1_000_000 + " ms");
		}
		finally {
			contexts.forEach(ConfigurableApplicationContext::close);
		}
	}

	/**
	 * Every instance calls from its threads until the push ends; what the stand-in accepted
	 * is counted up to the end of the push, its 429s until the last call returned.
	 */
	private static Outcomes push(List<RestClient> clients, QuotaStandIn standIn) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong failed = new AtomicLong();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		ExecutorService threads = Executors.newFixedThreadPool(clients.size() * THREADS, Daemon.threads("quota-caller"));
		// Start on a window of the stand-in's, so that the push spans whole windows: a push
		// that began in the middle of one could be granted a sixteenth window's requests.
		Thread.sleep(1000 - System.currentTimeMillis() % 1000);
		long acceptedBefore = standIn.accepted();
		long refusedBefore = standIn.refused();
		standIn.resetMost();
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(PUSH_SECONDS);
		List<Future<?>> callers = new ArrayList<>();
		for (RestClient client : clients) {
			for (int i = 0; i < THREADS; i++) {
				callers.add(threads.submit(() -> {
					while (System.nanoTime() < deadline) {
						long begin = System.nanoTime();
						try {
							client.get().uri("/account/balance").retrieve().toBodilessEntity();
							latencies.add(System.nanoTime() - begin);
						}
						catch (RuntimeException ex) {
							failed.incrementAndGet();
							if (failures.isEmpty()) {
								failures.add(ex.getClass().getSimpleName() + ": " + ex.getMessage());
							}
						}
					}
				}));
			}
		}
		Thread.sleep(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())).toMillis());
		long accepted = standIn.accepted() - acceptedBefore;
		long most = standIn.mostInAWindow();
		for (Future<?> caller : callers) {
			caller.get(120, TimeUnit.SECONDS);
		}
		threads.shutdownNow();
		long refused = standIn.refused() - refusedBefore;
		long[] samples = latencies.stream().mapToLong(Long::longValue).toArray();
		return new Outcomes(accepted, refused, most, samples, failed.get(), failures.peek());
	}

	private record Outcomes(long accepted, long refused, long mostInAWindow, long[] latencies, long failed,
			String firstFailure) {
	}

}
