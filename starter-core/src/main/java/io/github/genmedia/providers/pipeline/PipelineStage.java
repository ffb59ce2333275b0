package io.github.genmedia.providers.pipeline;

/**
 * The stages of a provider client's interceptor chain, in the order a request passes
 * them; the order is declared here and nowhere else.
 * <p>
 * Each stage runs every stage after it again for each of its own requests: a redirect
 * hop and a retry attempt are authenticated afresh for their target. The application's
 * own interceptors sit between {@link #RETRY} and {@link #HEADERS}: they run once per
 * attempt and never see the credential.
 */
public enum PipelineStage {

	/**
	 * Follows redirects itself, first, so every hop passes through all later stages and
	 * a hop to another origin carries no credential; the HTTP library's own redirect
	 * handling is switched off.
	 */
	REDIRECTS(true),

	/**
	 * Records each answer for health, outside the retries, so health counts the calls
	 * the application made rather than attempts, and inside redirects, so it sees the
	 * status of the hop that answered.
	 */
	ACTIVITY(true),

	/**
	 * Repeats failed attempts; every attempt runs the stages after it, so headers and
	 * credential are written afresh each time.
	 */
	RETRY(true),

	/** Adds the configured default headers, for the provider's origin only. */
	HEADERS(false),

	/**
	 * Writes the credential, last, so that nothing before it sees the secret and the
	 * origin it checks is the one the request goes to.
	 */
	AUTHENTICATION(false);

	private final boolean beforeApplicationInterceptors;

	PipelineStage(boolean beforeApplicationInterceptors) {
		this.beforeApplicationInterceptors = beforeApplicationInterceptors;
	}

	/**
	 * Whether the stage runs before the interceptors the application added to the
	 * client's builder.
	 * @return {@code true} for the outer stages
	 */
	public boolean isBeforeApplicationInterceptors() {
		return this.beforeApplicationInterceptors;
	}

}
