package io.github.genmedia.providers.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.genmedia.providers.benchmarks.support.ClerkStandIn;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.LoopbackServer;
import io.github.genmedia.providers.suno.SunoTokenProvider;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A flood of distinct Suno accounts through {@link SunoTokenProvider#forCookie(String)}
 * with {@code providers.suno.accounts.max-cached=100}, against a local Clerk stand-in.
 * <ol>
 * <li>Flood: 10,000 distinct cookies, each used as a request uses it
 * ({@code forCookie(cookie).currentToken(wait)}); retained heap after full GC,
 * live threads and cached accounts before the flood and after 1,000, 5,000 and 10,000
 * cookies.</li>
 * <li>Burst (diagnostic): 10,000 more distinct cookies through {@code forCookie} alone,
 * as fast as they come, without waiting for their tokens; retained heap right after the
 * burst and once the token scheduler has caught up, and the Clerk calls it caused.</li>
 * </ol>
 * Runs with the serial collector, whose full GC leaves exactly the live heap.
 */
public final class AccountsHarness {

	static final int MAX_CACHED = 100;

	static final int[] CHECKPOINTS = { 1_000, 5_000, 10_000 };

	static final int BURST = 10_000;

	static final Duration WAIT = Duration.ofSeconds(10);

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private AccountsHarness() {
	}

	public static void main(String[] args) throws Exception {
		Figures figures = new Figures();
		try (ClerkStandIn clerk = ClerkStandIn.start(60); LoopbackServer api = LoopbackServer.start(1)) {
			ConfigurableApplicationContext context = Contexts.start(Map.of("providers.suno.cookie",
					SunoHarness.COOKIE, "providers.suno.clerk.base-url", clerk.url(), "providers.suno.base-url",
					api.url(), "providers.suno.accounts.max-cached", String.valueOf(MAX_CACHED)));
			try {
				SunoTokenProvider tokens = context.getBean(SunoTokenProvider.class);
				tokens.currentToken(WAIT);
				figures.put("maxCached", MAX_CACHED);
				figures.put("baseline.heapBytes", retainedHeap())
					.put("baseline.threads", THREADS.getThreadCount())
					.put("baseline.cached", tokens.cachedAccounts());
				System.out.println("[accounts] flood of " + CHECKPOINTS[CHECKPOINTS.length - 1]
						+ " distinct cookies, each through forCookie(...).currentToken(...)");
				long clerkBefore = clerk.calls();
				long start = System.nanoTime();
				int done = 0;
				for (int checkpoint : CHECKPOINTS) {
					for (; done < checkpoint; done++) {
						tokens.forCookie(cookie("flood", done)).currentToken(WAIT);
					}
					String prefix = "flood" + checkpoint + ".";
					figures.put(prefix + "heapBytes", retainedHeap())
						.put(prefix + "threads", THREADS.getThreadCount())
						.put(prefix + "cached", tokens.cachedAccounts());
				}
				figures.put("flood.seconds", (System.nanoTime() - start) / 1e9)
					.put("flood.clerkCalls", clerk.calls() - clerkBefore);

				System.out.println("[accounts] burst of " + BURST + " distinct cookies through forCookie(...) alone");
				clerkBefore = clerk.calls();
				start = System.nanoTime();
				for (int i = 0; i < BURST; i++) {
					tokens.forCookie(cookie("burst", i));
				}
				figures.put("burst.callMillis", (System.nanoTime() - start) / 1e6)
					.put("burst.heapBytesRightAfter", retainedHeap())
					.put("burst.threadsRightAfter", THREADS.getThreadCount())
					.put("burst.cached", tokens.cachedAccounts())
					.put("burst.clerkCallsRightAfter", clerk.calls() - clerkBefore);
				long drained = waitForClerkToSettle(clerk);
				figures.put("burst.drainSeconds", (drained - start) / 1e9)
					.put("burst.clerkCalls", clerk.calls() - clerkBefore)
					.put("burst.heapBytesDrained", retainedHeap())
					.put("burst.threadsDrained", THREADS.getThreadCount());
				// Does the configured account still get its token promptly after the burst?
				long tokenStart = System.nanoTime();
				tokens.currentToken(WAIT);
				figures.put("burst.defaultTokenMillisAfter", (System.nanoTime() - tokenStart) / 1e6);
			}
			finally {
				context.close();
			}
		}
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	private static String cookie(String kind, int i) {
		return "__client=" + kind + "-account-" + i + "-0123456789abcdef; ajs_anonymous_id=device-" + i;
	}

	/** Wait until Clerk has had no call for a second; return when it last had one. */
	private static long waitForClerkToSettle(ClerkStandIn clerk) throws InterruptedException {
		long last = clerk.calls();
		long lastChange = System.nanoTime();
		long giveUp = lastChange + 120_000_000_000L;
		while (System.nanoTime() - lastChange < 1_000_000_000L && System.nanoTime() < giveUp) {
			Thread.sleep(50);
			long now = clerk.calls();
			if (now != last) {
				last = now;
				lastChange = System.nanoTime();
			}
		}
		return lastChange;
	}

	private static long retainedHeap() throws InterruptedException {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(50);
			used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

}
