package io.github.genmedia.providers.error;

import org.jspecify.annotations.Nullable;

/**
 * The credits a provider says an account had and a request needed, as an
 * {@link InsufficientCreditsException} carries them. A record of its own so that the
 * exception is built from what its siblings take plus this, rather than from six
 * arguments of which two are easily swapped.
 *
 * @param available the credits available, or {@code null} when the provider did not say
 * @param required the credits the request needed, or {@code null} when the provider did
 * not say
 * @since 0.1.0
 */
public record CreditCounts(@Nullable Long available, @Nullable Long required) {

	/**
	 * Return counts the provider did not give.
	 * @return counts with neither number
	 */
	public static CreditCounts unknown() {
		return new CreditCounts(null, null);
	}

}
