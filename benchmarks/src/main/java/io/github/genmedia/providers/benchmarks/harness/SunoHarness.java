package io.github.genmedia.providers.benchmarks.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.genmedia.providers.benchmarks.jmh.HotPathBenchmark;
import io.github.genmedia.providers.benchmarks.support.ClerkStandIn;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.LoopbackServer;
import io.github.genmedia.providers.benchmarks.support.Stats;
import io.github.genmedia.providers.suno.SunoTokenProvider;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The Suno harness: a local Clerk stand-in and a Suno API stand-in, and
 * {@code sunoRestClient} from a real application context.
 * <ol>
 * <li>Steady state: 10,000 requests through {@code sunoRestClient} and 10,000 through a
 * plain {@code RestClient} that sends the same token and device id as fixed headers, to
 * the same stand-in, interleaved in blocks of 1,000 after a
 * warm-up; Clerk calls from context start to the end, requests per second and the
 * latency the Suno interceptor (and the rest of the provider chain) adds.</li>
 * <li>Expiry: JWTs that live 3 s, refreshed 1 s before expiry, hammered for 10 s by one
 * thread and then by eight; Clerk calls per elapsed JWT lifetime in each run.</li>
 * </ol>
 * {@code -Dsuno.phases=steady} or {@code expiry} runs one part only: the suite runs the
 * steady state with {@code -Xbatch}, for a quick warm-up, and the expiry runs without it,
 * whose foreground compilation would otherwise show as stalls in their latencies.
 */
public final class SunoHarness {

	static final String COOKIE = "__client=abc; ajs_anonymous_id=dev";

	static final String PATH = "/api/feed/v2";

	static final int REQUESTS = 10_000;

	static final int BLOCK = 1_000;

	/** 8,000 requests per client: past C2's invocation threshold before measuring. */
	static final int WARMUP_BLOCKS = 8;

	static final long STEADY_LIFETIME_SECONDS = 60;

	static final long EXPIRY_LIFETIME_SECONDS = 3;

	static final long EXPIRY_REFRESH_BEFORE_SECONDS = 1;

	static final long HAMMER_SECONDS = 10;

	private SunoHarness() {
	}

	public static void main(String[] args) throws Exception {
		Figures figures = new Figures();
		String phases = System.getProperty("suno.phases", "steady,expiry");
		if (phases.contains("steady")) {
			steady(figures);
		}
		if (phases.contains("expiry")) {
			expiry(figures, 1);
			expiry(figures, 8);
		}
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	private static void steady(Figures figures) {
		System.out.println("[suno] steady state: " + REQUESTS + " requests per client, JWT lifetime "
				+ STEADY_LIFETIME_SECONDS + " s");
		try (ClerkStandIn clerk = ClerkStandIn.start(STEADY_LIFETIME_SECONDS);
				LoopbackServer api = LoopbackServer.start(0)) {
			long start = System.nanoTime();
			ConfigurableApplicationContext context = Contexts.start(Map.of("providers.suno.cookie", COOKIE,
					"providers.suno.clerk.base-url", clerk.url(), "providers.suno.base-url", api.url()));
			try {
				RestClient suno = context.getBean("sunoRestClient", RestClient.class);
				// The baseline sends the same token and device id as fixed headers: the same bytes
				// on the wire, without the provider chain and the token lookup.
				String jwt = context.getBean(SunoTokenProvider.class).currentToken(Duration.ofSeconds(5));
				RestClient plain = HotPathBenchmark.plainClient(api.url(),
						Map.of("Authorization", "Bearer " + jwt, "Device-Id", "\"dev\""));
				long[] sunoLatencies = new long[REQUESTS];
				long[] plainLatencies = new long[REQUESTS];
				long[] scratch = new long[BLOCK];
				for (int i = 0; i < WARMUP_BLOCKS; i++) {
					block(suno, scratch, 0);
					block(plain, scratch, 0);
				}
				long sunoNanos = 0;
				long plainNanos = 0;
				for (int round = 0; round < REQUESTS / BLOCK; round++) {
					// Alternate which client goes first, so that drift hits both alike.
					if (round % 2 == 0) {
						sunoNanos += block(suno, sunoLatencies, round * BLOCK);
						plainNanos += block(plain, plainLatencies, round * BLOCK);
					}
					else {
						plainNanos += block(plain, plainLatencies, round * BLOCK);
						sunoNanos += block(suno, sunoLatencies, round * BLOCK);
					}
				}
				double elapsedSeconds = (System.nanoTime() - start) / 1e9;
				long sunoRequests = (long) (WARMUP_BLOCKS + REQUESTS / BLOCK) * BLOCK;
				Stats s = new Stats(sunoLatencies);
				Stats p = new Stats(plainLatencies);
				figures.put("steady.clerkCalls", clerk.calls())
					.put("steady.clerkSessionCalls", clerk.sessionCalls())
					.put("steady.clerkTokenCalls", clerk.tokenCalls())
					.put("steady.sunoRequests", sunoRequests)
					.put("steady.elapsedSeconds", elapsedSeconds)
					.put("steady.sunoRps", REQUESTS / (sunoNanos / 1e9))
					.put("steady.plainRps", REQUESTS / (plainNanos / 1e9))
					.put("steady.sunoMeanUs", s.mean() / 1e3)
					.put("steady.plainMeanUs", p.mean() / 1e3)
					.put("steady.sunoP50Us", s.median() / 1e3)
					.put("steady.plainP50Us", p.median() / 1e3)
					.put("steady.sunoP99Us", s.percentile(99) / 1e3)
					.put("steady.plainP99Us", p.percentile(99) / 1e3)
					.put("steady.withoutBearer", api.requestsWithoutBearer());
			}
			finally {
				context.close();
			}
		}
	}

	/** Send one block of requests; return the block's wall time. */
	private static long block(RestClient client, long[] latencies, int offset) {
		long blockStart = System.nanoTime();
		long previous = blockStart;
		for (int i = 0; i < BLOCK; i++) {
			client.get().uri(PATH).retrieve().body(String.class);
			long now = System.nanoTime();
			latencies[offset + i] = now - previous;
			previous = now;
		}
		return previous - blockStart;
	}

	private static void expiry(Figures figures, int threads) throws InterruptedException {
		String prefix = "expiry" + threads + ".";
		System.out.println("[suno] expiry: " + threads + " thread(s) for " + HAMMER_SECONDS + " s, JWT lifetime "
				+ EXPIRY_LIFETIME_SECONDS + " s, refresh " + EXPIRY_REFRESH_BEFORE_SECONDS + " s before expiry");
		try (ClerkStandIn clerk = ClerkStandIn.start(EXPIRY_LIFETIME_SECONDS);
				LoopbackServer api = LoopbackServer.start(4)) {
			ConfigurableApplicationContext context = Contexts.start(Map.of("providers.suno.cookie", COOKIE,
					"providers.suno.clerk.base-url", clerk.url(), "providers.suno.base-url", api.url(),
					"providers.suno.token.refresh-before-expiry", EXPIRY_REFRESH_BEFORE_SECONDS + "s"));
			try {
				RestClient suno = context.getBean("sunoRestClient", RestClient.class);
				for (int i = 0; i < 200; i++) {
					suno.get().uri(PATH).retrieve().body(String.class);
				}
				long tokenCallsBefore = clerk.tokenCalls();
				long sessionCallsBefore = clerk.sessionCalls();
				AtomicLong requests = new AtomicLong();
				AtomicLong errors = new AtomicLong();
				AtomicLong slow = new AtomicLong();
				AtomicLong maxNanos = new AtomicLong();
				AtomicReference<String> firstError = new AtomicReference<>();
				long start = System.nanoTime();
				long deadline = start + HAMMER_SECONDS * 1_000_000_000L;
				List<Thread> workers = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					Thread worker = new Thread(() -> {
						long count = 0;
						long max = 0;
						long previous = System.nanoTime();
						while (previous < deadline) {
							try {
								suno.get().uri(PATH).retrieve().body(String.class);
								count++;
							}
							catch (RuntimeException ex) {
								errors.incrementAndGet();
								firstError.compareAndSet(null, ex.toString());
							}
							long now = System.nanoTime();
							long took = now - previous;
							max = Math.max(max, took);
							if (took > 10_000_000L) {
								slow.incrementAndGet();
							}
							previous = now;
						}
						requests.addAndGet(count);
						maxNanos.accumulateAndGet(max, Math::max);
					}, "hammer-" + t);
					workers.add(worker);
					worker.start();
				}
				for (Thread worker : workers) {
					worker.join();
				}
				double elapsed = (System.nanoTime() - start) / 1e9;
				long tokenCalls = clerk.tokenCalls() - tokenCallsBefore;
				long sessionCalls = clerk.sessionCalls() - sessionCallsBefore;
				figures.put(prefix + "threads", threads)
					.put(prefix + "elapsedSeconds", elapsed)
					.put(prefix + "requests", requests.get())
					.put(prefix + "errors", errors.get())
					.put(prefix + "firstError", String.valueOf(firstError.get()))
					.put(prefix + "slowOver10ms", slow.get())
					.put(prefix + "maxLatencyMs", maxNanos.get() / 1e6)
					.put(prefix + "clerkTokenCalls", tokenCalls)
					.put(prefix + "clerkSessionCalls", sessionCalls)
					.put(prefix + "lifetimeSeconds", EXPIRY_LIFETIME_SECONDS)
					.put(prefix + "refreshBeforeSeconds", EXPIRY_REFRESH_BEFORE_SECONDS)
					.put(prefix + "withoutBearer", api.requestsWithoutBearer());
			}
			finally {
				context.close();
			}
		}
	}

}
