package io.github.genmedia.providers.autoconfigure.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Redis server for the tests: Debian's {@code redis-server} started on a free
 * loopback port, without persistence, and stopped after. There is no Docker here, and a
 * mock of Redis would not show that Bucket4j's scripts work against a real one.
 */
public final class LocalRedis implements AutoCloseable {

	/**
	 * The environment variable that turns a missing redis-server from a skip into a
	 * failure: CI installs it, so there its absence is a broken set-up, not a choice.
	 */
	public static final String REQUIRED_VARIABLE = "GENMEDIA_REDIS_REQUIRED";

	private final Process process;

	private final int port;

	private LocalRedis(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Start a server, or skip the calling test when the binary is not installed.
	 * @return the running server
	 */
	public static LocalRedis start() throws Exception {
		Path binary = binary();
		if (binary == null && Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE))) {
			throw new IllegalStateException("redis-server is not installed, but " + REQUIRED_VARIABLE
					+ " is true (as .ci/run sets it): install Debian's redis-server package");
		}
		Assumptions.assumeTrue(binary != null,
				"redis-server is not installed, so the tests against a real Redis are skipped: install Debian's "
						+ "redis-server package (apt-get install -y redis-server), as .ci/run does");
		IOException last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			int port = freePort();
			Path log = Files.createTempFile("redis-" + port, ".log");
			Process process = new ProcessBuilder(List.of(binary.toString(), "--port", String.valueOf(port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", log.toString()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			LocalRedis redis = new LocalRedis(process, port);
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			if (redis.awaitPong()) {
				return redis;
			}
			redis.close();
			last = new IOException("redis-server did not answer on port " + port + ": " + Files.readString(log));
		}
		throw last;
	}

	public int port() {
		return this.port;
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	private boolean awaitPong() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline && this.process.isAlive()) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
				socket.setSoTimeout(1000);
				OutputStream out = socket.getOutputStream();
				out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = socket.getInputStream();
				byte[] answer = new byte[7];
				int read = in.readNBytes(answer, 0, 7);
				if (new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG")) {
					return true;
				}
			}
			catch (IOException ex) {
				Thread.sleep(50);
			}
		}
		return false;
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static Path binary() {
		String path = System.getenv("PATH");
		for (String directory : (path != null) ? path.split(File.pathSeparator) : new String[0]) {
			Path candidate = Path.of(directory, "redis-server");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		for (String fallback : new String[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }) {
			if (Files.isExecutable(Path.of(fallback))) {
				return Path.of(fallback);
			}
		}
		return null;
	}

}
