package io.github.genmedia.providers.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;

import io.github.genmedia.providers.benchmarks.jmh.HotPathBenchmark;
import io.github.genmedia.providers.benchmarks.jmh.InterceptorChainBenchmark;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.LoopbackServer;
import io.github.genmedia.providers.benchmarks.support.Stats;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The hot-path comparison of {@link HotPathBenchmark}, interleaved: the clients take
 * turns in blocks of requests in one JVM, the order rotating every round, so that JIT
 * warm-up, other load on the machine and frequency changes hit all of them alike. The
 * throughput figure is the median over the rounds of the plain client's block time
 * divided by the other client's (1 is as fast as plain).
 * <p>
 * Per client it also records the CPU time and the bytes allocated by the calling thread,
 * where the pipeline's stages run: far steadier than wall time on a small machine, and
 * they split the starter's cost. Three extra clients do that split: Spring Boot's
 * auto-configured {@code RestClient.Builder} and request factory with the settings the
 * starter gives a provider but no pipeline, the plain client with one no-op interceptor
 * (what any interceptor costs on Spring's intercepting request path, which the pipeline
 * does not take), and the plain client with the provider pipeline's request factory
 * around its own.
 */
public final class HotPathHarness {

	static final int BLOCK = 300;

	/**
	 * 7,500 requests per client before measuring: past C2's invocation threshold (5,000)
	 * for the code only one client runs, so no compilation lands in a measured block.
	 */
	static final int WARMUP_ROUNDS = 25;

	static final int ROUNDS = 30;

	static final String[] NAMES = { "plain", "starter", "plainNoopInterceptor", "bootBuilder", "plainPipeline" };

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private HotPathHarness() {
	}

	public static void main(String[] args) {
		Figures figures = new Figures();
		try (LoopbackServer server = LoopbackServer.start(0)) {
			ConfigurableApplicationContext context = HotPathBenchmark.startContext(server);
			try {
				String baseUrl = server.url() + "/api/v1";
				RestClient plain = HotPathBenchmark.plainClient(baseUrl, HotPathBenchmark.KEY_HEADER);
				ClientHttpRequestFactory pipelineFactory = InterceptorChainBenchmark
					.pipeline(HotPathBenchmark.plainRequestFactory())
					.requestFactory();
				RestClient[] clients = { plain, context.getBean("sunorRestClient", RestClient.class),
						plain.mutate().requestInterceptor((request, body, execution) -> execution.execute(request, body))
							.build(),
						context.getBean(RestClient.Builder.class)
							.requestFactory(HotPathBenchmark.bootRequestFactory())
							.baseUrl(baseUrl)
							.defaultHeaders((headers) -> HotPathBenchmark.KEY_HEADER.forEach(headers::set))
							.build(),
						plain.mutate().requestFactory(pipelineFactory).build() };
				int n = clients.length;
				long[] scratch = new long[BLOCK];
				for (int round = 0; round < WARMUP_ROUNDS; round++) {
					for (RestClient client : clients) {
						block(client, scratch, 0);
					}
				}
				double[][] ratios = new double[n][ROUNDS];
				long[][] latencies = new long[n][ROUNDS * BLOCK];
				long[] totals = new long[n];
				long[] cpu = new long[n];
				long[] allocated = new long[n];
				long self = Thread.currentThread().getId();
				for (int round = 0; round < ROUNDS; round++) {
					long[] nanos = new long[n];
					for (int k = 0; k < n; k++) {
						int i = (k + round) % n;
						long cpuBefore = THREADS.getCurrentThreadCpuTime();
						long allocatedBefore = THREADS.getThreadAllocatedBytes(self);
						nanos[i] = block(clients[i], latencies[i], round * BLOCK);
						cpu[i] += THREADS.getCurrentThreadCpuTime() - cpuBefore;
						allocated[i] += THREADS.getThreadAllocatedBytes(self) - allocatedBefore;
						totals[i] += nanos[i];
					}
					for (int i = 0; i < n; i++) {
						ratios[i][round] = (double) nanos[0] / nanos[i];
					}
				}
				long requests = (long) ROUNDS * BLOCK;
				figures.put("rounds", ROUNDS).put("block", BLOCK);
				for (int i = 0; i < n; i++) {
					double[] sorted = ratios[i].clone();
					Arrays.sort(sorted);
					Stats stats = new Stats(latencies[i]);
					figures.put(NAMES[i] + ".rps", requests / (totals[i] / 1e9))
						.put(NAMES[i] + ".medianRatio", (sorted[ROUNDS / 2 - 1] + sorted[ROUNDS / 2]) / 2)
						.put(NAMES[i] + ".q1Ratio", sorted[ROUNDS / 4])
						.put(NAMES[i] + ".q3Ratio", sorted[(3 * ROUNDS) / 4])
						.put(NAMES[i] + ".p50Us", stats.median() / 1e3)
						.put(NAMES[i] + ".p99Us", stats.percentile(99) / 1e3)
						.put(NAMES[i] + ".cpuUs", cpu[i] / 1e3 / requests)
						.put(NAMES[i] + ".allocatedBytes", allocated[i] / requests);
				}
			}
			finally {
				context.close();
			}
		}
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	/** Send one block of requests, recording each one's latency; return the block's wall time. */
	private static long block(RestClient client, long[] latencies, int offset) {
		long start = System.nanoTime();
		long previous = start;
		for (int i = 0; i < BLOCK; i++) {
			client.get().uri(HotPathBenchmark.PATH).retrieve().body(String.class);
			long now = System.nanoTime();
			latencies[offset + i] = now - previous;
			previous = now;
		}
		return previous - start;
	}

}
