package io.github.genmedia.providers.benchmarks.support;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Debian's {@code redis-server}, started on a free loopback port without persistence and
 * stopped after: the store the quota benchmark's instances share.
 */
public final class RedisServerProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private RedisServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Return the binary, if installed.
	 * @return its path, or {@code null}
	 */
	public static @Nullable Path binary() {
		String path = System.getenv("PATH");
		for (String directory : (path != null) ? path.split(File.pathSeparator) : new String[0]) {
			Path candidate = Path.of(directory, "redis-server");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		Path debian = Path.of("/usr/bin/redis-server");
		return Files.isExecutable(debian) ? debian : null;
	}

	/**
	 * Whether the binary is missing; if so, the figures say that the harness was skipped,
	 * for the suite to note.
	 * @param figures the harness's figures
	 * @return {@code true} when the harness cannot run
	 */
	public static boolean missing(Figures figures) {
		if (binary() != null) {
			return false;
		}
		figures.put("skipped", "redis-server is not installed (apt-get install -y redis-server)");
		return true;
	}

	/**
	 * Return Spring Boot's properties for a connection to a server on a loopback port.
	 * @param port the server's port
	 * @return {@code spring.data.redis.host} and {@code port}
	 */
	public static Map<String, String> connectionProperties(int port) {
		return Map.of("spring.data.redis.host", "127.0.0.1", "spring.data.redis.port", String.valueOf(port));
	}

	/**
	 * Start a server.
	 * @return the running server
	 * @throws IllegalStateException if it is not installed or does not start
	 */
	public static RedisServerProcess start() {
		Path binary = binary();
		if (binary == null) {
			throw new IllegalStateException("redis-server is not installed (apt-get install -y redis-server)");
		}
		try {
			int port;
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				port = socket.getLocalPort();
			}
			Process process = new ProcessBuilder(List.of(binary.toString(), "--port", String.valueOf(port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			RedisServerProcess redis = new RedisServerProcess(process, port);
			if (!redis.awaitPong()) {
				redis.close();
				throw new IllegalStateException("redis-server did not answer on port " + port);
			}
			return redis;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start redis-server", ex);
		}
	}

	public int port() {
		return this.port;
	}

	private boolean awaitPong() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline && this.process.isAlive()) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
				socket.setSoTimeout(1000);
				OutputStream out = socket.getOutputStream();
				out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = socket.getInputStream();
				byte[] answer = in.readNBytes(5);
				if (new String(answer, StandardCharsets.US_ASCII).equals("+PONG")) {
					return true;
				}
			}
			catch (IOException ex) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return false;
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
