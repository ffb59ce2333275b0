package io.github.genmedia.providers.benchmarks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeRenderJob;
import io.github.genmedia.providers.autype.AutypeWebhookEvent;
import io.github.genmedia.providers.benchmarks.support.AutypeRenderStandIn;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.QuotaBenchApp;
import io.github.genmedia.providers.benchmarks.support.RedisServerProcess;
import io.github.genmedia.providers.benchmarks.support.Stats;
import io.github.genmedia.providers.job.GenerationJob;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Polls per job and completion delay for {@value #INSTANCES} instances of one application
 * rendering with Autype, whose webhooks reach the instances round-robin (a load balancer
 * in front of them), with each instance following its own jobs
 * ({@code providers.jobs.store=local}, today's behaviour: a delivery helps only on the
 * instance that submitted the render, and the others refuse its secret) and with the jobs
 * in Redis ({@code store=redis}: any instance accepts it and relays it to the one
 * following the job), in one run against one Autype stand-in.
 * <p>
 * Each set-up submits {@value #JOBS_PER_INSTANCE} renders per instance, in turn, one every
 * {@value #SUBMIT_EVERY_MILLIS} ms, each lasting 3 to 6 s (uniform, the same durations for
 * both stores). Two polling settings: Autype's defaults (first poll 2 s, then every 2 s,
 * learning), and polling as a fallback to webhooks (first poll and interval 10 s, not
 * learning). A delivery is handed to the instance's {@code AutypeJobs.onWebhook}, as the
 * starter's endpoint does with a POST, without the HTTP hop.
 */
public final class FleetJobsHarness {

	static final int INSTANCES = 3;

	static final int JOBS_PER_INSTANCE = 40;

	static final long SUBMIT_EVERY_MILLIS = 250;

	static final String API_KEY = "ak_bench_fleet_0123456789";

	private FleetJobsHarness() {
	}

	public static void main(String[] args) throws Exception {
		Figures figures = new Figures();
		if (!RedisServerProcess.missing(figures)) {
			try (RedisServerProcess redis = RedisServerProcess.start();
					AutypeRenderStandIn autype = AutypeRenderStandIn.start()) {
				Map<String, Map<String, String>> settings = new LinkedHashMap<>();
				settings.put("defaults", Map.of());
				settings.put("fallback", Map.of("providers.autype.jobs.first-poll", "10s",
						"providers.autype.jobs.interval", "10s", "providers.autype.jobs.learn", "false"));
				for (Map.Entry<String, Map<String, String>> polling : settings.entrySet()) {
					for (String store : new String[] { "local", "redis" }) {
						run(polling.getKey(), polling.getValue(), store, redis.port(), autype, figures);
					}
				}
			}
		}
		figures.put("instances", INSTANCES)
			.put("jobs", INSTANCES * JOBS_PER_INSTANCE)
			.put("submitEveryMillis", SUBMIT_EVERY_MILLIS);
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	private static void run(String polling, Map<String, String> pollingProperties, String store, int redisPort,
			AutypeRenderStandIn autype, Figures figures) throws Exception {
		String name = polling + "." + store;
		System.out.println("[fleetjobs] " + INSTANCES + " instances, store=" + store + ", polling " + polling);
		Map<String, String> properties = new LinkedHashMap<>(pollingProperties);
		properties.put("providers.autype.api-key", API_KEY);
		properties.put("providers.autype.base-url", autype.url());
		properties.put("providers.autype.rate-limit.enabled", "false");
		properties.put("providers.autype.jobs.webhook-url", "https://app.example.com/genmedia/webhooks/autype");
		properties.put("providers.jobs.store", store);
		properties.put("providers.jobs.key-prefix", "bench:" + name);
		properties.putAll(RedisServerProcess.connectionProperties(redisPort));
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			List<AutypeJobs> instances = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				ConfigurableApplicationContext context = Contexts.start(QuotaBenchApp.class, properties);
				contexts.add(context);
				instances.add(context.getBean(AutypeJobs.class));
			}
			measure(name, instances, autype, figures);
		}
		finally {
			contexts.forEach(ConfigurableApplicationContext::close);
		}
	}

	private static void measure(String name, List<AutypeJobs> instances, AutypeRenderStandIn autype, Figures figures)
			throws InterruptedException {
		int jobs = INSTANCES * JOBS_PER_INSTANCE;
		Map<String, Integer> submitter = new ConcurrentHashMap<>();
		AtomicInteger delivered = new AtomicInteger();
		AtomicInteger onSubmitter = new AtomicInteger();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		autype.onCompletion((id, secret) -> {
			// Round-robin, in the order jobs complete, as a load balancer spreads the POSTs.
			int target = delivered.getAndIncrement() % INSTANCES;
			Integer owner = submitter.get(id);
			if (owner != null && owner == target) {
				onSubmitter.incrementAndGet();
			}
			AutypeWebhookEvent event = new AutypeWebhookEvent("job.completed", "render", id, AutypeJobStatus.COMPLETED,
					id + ".pdf", null, null, null, null);
			if (instances.get(target).onWebhook(secret, event)) {
				accepted.incrementAndGet();
			}
		});
		Random random = new Random(22);
		String[] ids = new String[jobs];
		long[] delays = new long[jobs];
		CountDownLatch done = new CountDownLatch(jobs);
		for (int i = 0; i < jobs; i++) {
			int index = i;
			int instance = i % INSTANCES;
			long millis = 3000 + random.nextInt(3001);
			GenerationJob<AutypeRenderJob> job = instances.get(instance)
				.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# render " + millis + " ms"));
			ids[index] = job.jobId();
			submitter.put(job.jobId(), instance);
			long completesAt = autype.completesAt(job.jobId());
			job.onCompletion((result, failure) -> {
				if (failure != null) {
					failures.incrementAndGet();
				}
				delays[index] = System.nanoTime() - completesAt;
				done.countDown();
			});
			Thread.sleep(SUBMIT_EVERY_MILLIS);
		}
		if (!done.await(2, TimeUnit.MINUTES)) {
			throw new IllegalStateException("Renders did not finish: " + done.getCount() + " left");
		}
		long[] polls = new long[jobs];
		for (int i = 0; i < jobs; i++) {
			polls[i] = autype.polls(ids[i]);
		}
		Stats pollStats = new Stats(polls);
		Stats delayStats = new Stats(delays);
		figures.put(name + ".pollsPerJob", pollStats.mean())
			.put(name + ".p95Polls", pollStats.percentile(95))
			.put(name + ".meanDelayMs", delayStats.mean() / 1e6)
			.put(name + ".p50DelayMs", delayStats.median() / 1e6)
			.put(name + ".p95DelayMs", delayStats.percentile(95) / 1e6)
			.put(name + ".webhooks", delivered.get())
			.put(name + ".webhooksOnSubmitter", onSubmitter.get())
			.put(name + ".webhooksAccepted", accepted.get())
			.put(name + ".failures", failures.get());
		System.out.println("[fleetjobs] " + name + ": " + Figures.fmt(pollStats.mean(), 2) + " polls per job, delay p50 "
				+ Figures.fmt(delayStats.median() / 1e6, 0) + " ms, p95 " + Figures.fmt(delayStats.percentile(95) / 1e6, 0)
				+ " ms; webhooks " + accepted.get() + " accepted of " + delivered.get() + ", " + onSubmitter.get()
				+ " on the submitter; failures " + failures.get());
	}

}
