package io.github.genmedia.providers.pipeline;

/**
 * The stages of a provider request, in the order it passes them; the order is declared
 * here and nowhere else.
 * <p>
 * Each stage runs every stage after it again for each of its own requests: a redirect
 * hop and a retry attempt are authenticated afresh for their target. The stages run
 * inside the client's request factory (see {@link ProviderPipeline}), after any
 * interceptor the application added to the client: those run once per call and never
 * see the credential.
 * <p>
 * A stage declared {@link #isOriginBound() origin-bound} concerns the provider's own
 * origin only: the pipeline runs it for requests to that origin and lets any other
 * request (an absolute URL, a redirect hop to a CDN) pass it by, in one
 * {@link io.github.genmedia.providers.auth.OriginGuard}, so no stage checks the origin
 * itself. An authentication the caller gives the pipeline sees every request, to keep its
 * secrets from other origins as well (Suno's sign-in cookie).
 *
 * @since 0.1.0
 */
public enum PipelineStage {

	/**
	 * Follows redirects itself, first, so every hop passes through all later stages and
	 * a hop to another origin carries no credential; the HTTP library's own redirect
	 * handling is switched off.
	 */
	REDIRECTS(false),

	/**
	 * Records each answer for health, outside the retries, so health counts the calls
	 * the application made rather than attempts, and inside redirects, so it sees the
	 * status of the hop that answered.
	 */
	ACTIVITY(false),

	/**
	 * Repeats failed attempts; every attempt runs the stages after it, so headers and
	 * credential are written afresh each time.
	 */
	RETRY(false),

	/**
	 * Chooses the credential of each attempt: a tenant's key the request carries, or the
	 * next of the provider's keys, which may have been rotated since the last attempt. A
	 * key answered with 401 leaves the rotation and the request goes once more with
	 * another; one answered with 429 rests. Behind the retries, so each attempt may take
	 * another key; before the rate limit, which draws on the chosen key's budget.
	 */
	CREDENTIAL(true),

	/**
	 * Takes a rate-limit permit, behind the retries so that every attempt takes one and
	 * behind the redirects so that a hop to another origin takes none; it may wait, and
	 * learns from each answer ({@code X-RateLimit-Remaining}, a 429's
	 * {@code Retry-After}). Present when the provider's definition has rate-limit
	 * settings.
	 */
	RATE_LIMIT(true),

	/** Adds the configured default headers, for the provider's origin only. */
	HEADERS(true),

	/**
	 * Writes the credential chosen for the attempt, last, so that nothing before it sees the secret and the
	 * origin it checks is the one the request goes to.
	 */
	AUTHENTICATION(true);

	private final boolean originBound;

	PipelineStage(boolean originBound) {
		this.originBound = originBound;
	}

	/**
	 * Whether the stage concerns the provider's own origin only, so that requests to
	 * other origins pass it by.
	 * @return {@code true} for the credential, rate-limit, headers and authentication
	 * stages
	 */
	public boolean isOriginBound() {
		return this.originBound;
	}

}
