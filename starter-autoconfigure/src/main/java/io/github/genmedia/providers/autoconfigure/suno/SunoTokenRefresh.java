package io.github.genmedia.providers.autoconfigure.suno;

import io.github.genmedia.providers.suno.SunoTokenProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Starts Suno's token refresh with the application and stops it, scheduler included,
 * with the context.
 * <p>
 * The scheduler is private to the starter: publishing it as a {@code TaskScheduler}
 * bean would replace Spring Boot's own and become the scheduler of the application's
 * {@code @Scheduled} methods. Starting never blocks on Clerk: the first token is fetched
 * in the background. It stops late, after the web server's graceful shutdown, so that
 * requests still being served can get tokens; the scheduler itself is shut down only
 * when the context is destroyed, so a stopped context can be started again.
 */
public class SunoTokenRefresh implements SmartLifecycle, DisposableBean {

	/**
	 * Below Spring Boot's web server lifecycles ({@code DEFAULT_PHASE - 1024} and
	 * {@code - 2048}): started before them, stopped after them.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

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
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public void destroy() {
		this.tokenProvider.stop();
		this.scheduler.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.tokenProvider.isRunning();
	}

}
