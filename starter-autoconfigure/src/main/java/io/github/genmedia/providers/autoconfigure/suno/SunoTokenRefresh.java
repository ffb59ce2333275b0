package io.github.genmedia.providers.autoconfigure.suno;

import io.github.genmedia.providers.suno.SunoTokenProvider;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Starts Suno's token refresh with the application and stops it, scheduler included,
 * with the context.
 * <p>
 * The scheduler is private to the starter: publishing it as a {@code TaskScheduler}
 * bean would replace Spring Boot's own and become the scheduler of the application's
 * {@code @Scheduled} methods. Starting never blocks on Clerk: the first token is fetched
 * in the background.
 */
public class SunoTokenRefresh implements SmartLifecycle {

	private final SunoTokenProvider tokenProvider;

	private final ThreadPoolTaskScheduler scheduler;

	public SunoTokenRefresh(SunoTokenProvider tokenProvider, ThreadPoolTaskScheduler scheduler) {
		this.tokenProvider = tokenProvider;
		this.scheduler = scheduler;
	}

	/**
	 * Return the token provider whose refresh this runs.
	 * @return the token provider
	 */
	public SunoTokenProvider tokenProvider() {
		return this.tokenProvider;
	}

	@Override
	public void start() {
		this.tokenProvider.start();
	}

	@Override
	public void stop() {
		this.tokenProvider.stop();
		this.scheduler.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.tokenProvider.isRunning();
	}

}
