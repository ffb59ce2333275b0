package io.github.genmedia.providers.autoconfigure.threads;

import org.springframework.context.SmartLifecycle;

/**
 * A lifecycle of the starter's background work that requests rely on, such as Suno's token
 * refresh and the takeover of jobs in Redis: started before Spring Boot's web server
 * lifecycles ({@code DEFAULT_PHASE - 1024} for the graceful shutdown and {@code - 2048}
 * for the server), so stopped after them, when requests under way have been served; and
 * stopped before the Redis connection factory (phase 0), so that stopping may still use
 * Redis.
 *
 * @since 0.1.0
 */
public interface LateStoppingLifecycle extends SmartLifecycle {

	/** The phase of every such lifecycle. */
	int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	@Override
	default int getPhase() {
		return PHASE;
	}

}
