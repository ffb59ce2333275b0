package io.github.genmedia.providers.autoconfigure.suno;

import io.github.genmedia.providers.autoconfigure.threads.LateStoppingLifecycle;
import io.github.genmedia.providers.suno.SunoTokenProvider;

import org.springframework.beans.factory.DisposableBean;

/**
 * Starts Suno's token refresh with the application and stops it with the context.
 * <p>
 * The refreshes run on the starter's threads ({@code StarterThreads}), which stop when
 * the context is destroyed, so a stopped context can be started again. Starting never
 * blocks on Clerk: the first token is fetched in the background. It stops late, after
 * the web server's graceful shutdown, so that requests still being served can get tokens.
 *
 * @since 0.1.0
 */
public class SunoTokenRefresh implements LateStoppingLifecycle, DisposableBean {

	private final SunoTokenProvider tokenProvider;

	public SunoTokenRefresh(SunoTokenProvider tokenProvider) {
		this.tokenProvider = tokenProvider;
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
	public void destroy() {
		this.tokenProvider.stop();
	}

	@Override
	public boolean isRunning() {
		return this.tokenProvider.isRunning();
	}

}
