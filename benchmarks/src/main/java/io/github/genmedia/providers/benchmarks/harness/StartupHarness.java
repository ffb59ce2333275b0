package io.github.genmedia.providers.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.benchmarks.support.ClerkStandIn;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.LoopbackServer;
import io.github.genmedia.providers.benchmarks.support.Stats;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Time to build an application context with all five built-in providers configured
 * (Sunor, Supertone, Whisul and Autype keys with base URLs on 127.0.0.1, and a Suno
 * cookie whose Clerk is a local stand-in) against one with none. The two kinds
 * alternate, after a warm-up, with a full GC before each, so that drift and garbage hit
 * both alike; only {@code run()} is timed, not {@code close()}.
 */
public final class StartupHarness {

	static final int WARMUP = 5;

	static final int MEASURED = 20;

	private StartupHarness() {
	}

	public static void main(String[] args) throws Exception {
		Figures figures = new Figures();
		try (ClerkStandIn clerk = ClerkStandIn.start(60); LoopbackServer server = LoopbackServer.start(1)) {
			Map<String, String> none = Map.of();
			Map<String, String> all = new LinkedHashMap<>();
			all.put("providers.sunor.api-key", "sk-sunor-0123456789");
			all.put("providers.sunor.base-url", server.url() + "/sunor/api/v1");
			all.put("providers.supertone.api-key", "sup-0123456789");
			all.put("providers.supertone.base-url", server.url() + "/supertone");
			all.put("providers.whisul.api-key", "wh-0123456789");
			all.put("providers.whisul.base-url", server.url() + "/whisul/api");
			all.put("providers.autype.api-key", "ak_0123456789");
			all.put("providers.autype.base-url", server.url() + "/autype/api/v1/dev");
			all.put("providers.suno.cookie", SunoHarness.COOKIE);
			all.put("providers.suno.clerk.base-url", clerk.url());
			all.put("providers.suno.base-url", server.url());

			int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
			figures.put("firstNoneMs", time(none, 0) / 1e6);
			figures.put("firstAllMs", time(all, 5) / 1e6);
			for (int i = 0; i < WARMUP; i++) {
				time(none, 0);
				time(all, 5);
			}
			long[] noneNanos = new long[MEASURED];
			long[] allNanos = new long[MEASURED];
			for (int i = 0; i < MEASURED; i++) {
				if (i % 2 == 0) {
					noneNanos[i] = time(none, 0);
					allNanos[i] = time(all, 5);
				}
				else {
					allNanos[i] = time(all, 5);
					noneNanos[i] = time(none, 0);
				}
			}
			// The JDK HttpClient of a closed context keeps its selector thread until the
			// client is collected and the thread notices; give them time to go.
			for (int i = 0; i < 3; i++) {
				gc();
				Thread.sleep(1000);
			}
			Stats n = new Stats(noneNanos);
			Stats a = new Stats(allNanos);
			figures.put("iterations", MEASURED)
				.put("noneMedianMs", n.median() / 1e6)
				.put("allMedianMs", a.median() / 1e6)
				.put("noneP90Ms", n.percentile(90) / 1e6)
				.put("allP90Ms", a.percentile(90) / 1e6)
				.put("noneMinMs", n.percentile(0) / 1e6)
				.put("allMinMs", a.percentile(0) / 1e6)
				.put("threadsBefore", threadsBefore)
				.put("threadsAfter", ManagementFactory.getThreadMXBean().getThreadCount())
				.put("contextsOpened", 2 * (1 + WARMUP + MEASURED))
				.put("clerkCalls", clerk.calls());
		}
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	/** Build a context, check it has the expected providers, close it; return the build time. */
	private static long time(Map<String, String> properties, int expectedProviders) {
		gc();
		long start = System.nanoTime();
		ConfigurableApplicationContext context = Contexts.start(properties);
		long took = System.nanoTime() - start;
		try {
			int providers = context.getBean(ProviderClients.class).names().size();
			int clients = context.getBeansOfType(RestClient.class).size();
			if (providers != expectedProviders || clients != expectedProviders) {
				throw new IllegalStateException("Expected " + expectedProviders + " providers but the context has "
						+ providers + " (" + clients + " RestClient beans): " + context.getBean(ProviderClients.class).names());
			}
		}
		finally {
			context.close();
		}
		return took;
	}

	private static void gc() {
		System.gc();
		System.gc();
	}

}
