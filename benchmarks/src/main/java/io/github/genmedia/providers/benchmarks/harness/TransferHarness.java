package io.github.genmedia.providers.benchmarks.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import io.github.genmedia.providers.benchmarks.jmh.HotPathBenchmark;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Figures;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Heap taken by large transfers: a 200 MB download and a 300 MB upload streamed from an
 * {@code InputStream}, through {@code sunorRestClient} and through a plain
 * {@code RestClient} on the same kind of request factory, plus the upload through a plain
 * client with one no-op interceptor, which is what Spring's interceptor mechanism costs.
 * <p>
 * Growth is the highest heap in use, sampled every 2 ms during the transfer, minus the
 * heap in use after a full collection just before it. The JVM runs with a small young
 * generation, so that garbage does not hide what is held.
 */
public final class TransferHarness {

	static final long DOWNLOAD_BYTES = 200L * 1024 * 1024;

	static final long UPLOAD_BYTES = 300L * 1024 * 1024;

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private TransferHarness() {
	}

	public static void main(String[] args) throws Exception {
		Figures figures = new Figures();
		HttpServer server = server();
		server.start();
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		ConfigurableApplicationContext context = Contexts.start(Map.of("providers.sunor.api-key",
				HotPathBenchmark.API_KEY, "providers.sunor.base-url", base + "/api/v1", "providers.sunor.rate-limit.enabled",
				"false"));
		try {
			RestClient starter = context.getBean("sunorRestClient", RestClient.class);
			RestClient plain = HotPathBenchmark.plainClient(base + "/api/v1", HotPathBenchmark.KEY_HEADER);
			RestClient intercepted = plain.mutate().requestInterceptor((request, body, execution) -> execution
				.execute(request, body)).build();
			// Once each at a small size, so that class loading and JIT are not counted.
			download(plain, 1 << 20);
			download(starter, 1 << 20);
			upload(plain, 1 << 20);
			upload(starter, 1 << 20);
			measure(figures, "download.plain", () -> download(plain, DOWNLOAD_BYTES));
			measure(figures, "download.starter", () -> download(starter, DOWNLOAD_BYTES));
			measure(figures, "upload.plain", () -> upload(plain, UPLOAD_BYTES));
			measure(figures, "upload.starter", () -> upload(starter, UPLOAD_BYTES));
			measure(figures, "upload.intercepted", () -> upload(intercepted, UPLOAD_BYTES));
		}
		finally {
			context.close();
			server.stop(0);
		}
		figures.put("downloadMiB", DOWNLOAD_BYTES >> 20).put("uploadMiB", UPLOAD_BYTES >> 20);
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	private static void measure(Figures figures, String name, Transfer transfer) throws Exception {
		System.gc();
		System.gc();
		long baseline = MEMORY.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		long bytes = transfer.run();
		long nanos = System.nanoTime() - start;
		running.set(false);
		sampler.join();
		figures.put(name + ".growthMiB", (peak.get() - baseline) / 1048576.0)
			.put(name + ".mibPerSecond", (bytes / 1048576.0) / (nanos / 1e9))
			.put(name + ".bytes", bytes);
	}

	private static long download(RestClient client, long size) {
		return client.get().uri("/download?size=" + size).exchange((request, response) -> {
			try (InputStream body = response.getBody()) {
				return body.transferTo(OutputStream.nullOutputStream());
			}
		});
	}

	private static long upload(RestClient client, long size) {
		String received = client.post()
			.uri("/upload")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(new InputStreamResource(new Generated(size)))
			.retrieve()
			.body(String.class);
		return Long.parseLong(received);
	}

	private static HttpServer server() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		server.createContext("/api/v1/download", (exchange) -> {
			long size = Long.parseLong(exchange.getRequestURI().getQuery().substring("size=".length()));
			exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
			exchange.sendResponseHeaders(200, size);
			try (OutputStream out = exchange.getResponseBody(); InputStream in = new Generated(size)) {
				in.transferTo(out);
			}
		});
		server.createContext("/api/v1/upload", (exchange) -> {
			long received;
			try (InputStream in = exchange.getRequestBody()) {
				received = in.transferTo(OutputStream.nullOutputStream());
			}
			byte[] answer = Long.toString(received).getBytes();
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		return server;
	}

	@FunctionalInterface
	private interface Transfer {

		long run() throws Exception;

	}

	/** {@code size} bytes made up on the fly: nothing of them is held. */
	private static final class Generated extends InputStream {

		private long left;

		Generated(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return 'a';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, this.left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
			this.left -= n;
			return n;
		}

	}

}
