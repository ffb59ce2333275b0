package io.github.genmedia.providers.ratelimit;

/**
 * The right to send one request, handed out by a {@link RateLimiter}.
 * <p>
 * A rate permit is spent when taken; what a permit may hold on to is a place among the
 * requests in flight ({@link RateLimitSettings#maxConcurrent()}), which
 * {@link #release()} gives back.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RateLimitPermit {

	/** A permit that holds nothing. */
	RateLimitPermit NONE = () -> {
	};

	/**
	 * Give back what the permit holds; calling it again does nothing.
	 */
	void release();

}
