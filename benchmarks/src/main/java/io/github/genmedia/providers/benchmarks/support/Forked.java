package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a harness in a fresh JVM on this JVM's class path, as JMH does with its forks,
 * so that one harness's threads, caches and garbage do not change another's figures.
 */
public final class Forked {

	private Forked() {
	}

	/**
	 * Run a harness class and return the figures it wrote.
	 * @param main the class; its {@code main} receives the figures file as the first
	 * argument
	 * @param timeoutSeconds when to give up
	 * @param jvmArgs extra JVM arguments
	 * @return the figures
	 */
	public static Figures run(Class<?> main, long timeoutSeconds, String... jvmArgs) {
		Path out;
		try {
			out = Files.createTempFile("bench-" + main.getSimpleName(), ".properties");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmArgs));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(main.getName());
		command.add(out.toString());
		try {
			Process process = new ProcessBuilder(command).inheritIO().start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(main.getSimpleName() + " did not finish within " + timeoutSeconds + " s");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(main.getSimpleName() + " failed with exit code " + process.exitValue());
			}
			return Figures.read(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + main.getSimpleName(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + main.getSimpleName(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(out);
			}
			catch (IOException ex) {
				// a temporary file; nothing to do
			}
		}
	}

}
