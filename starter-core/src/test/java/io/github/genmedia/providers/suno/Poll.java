package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * Waits for a condition without fixed sleeps: checks it every few milliseconds until a
 * deadline.
 */
final class Poll {

	private Poll() {
	}

	static void until(Duration timeout, String description, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Not within " + timeout.toMillis() + " ms: " + description);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("Interrupted while waiting for: " + description);
			}
		}
	}

}
