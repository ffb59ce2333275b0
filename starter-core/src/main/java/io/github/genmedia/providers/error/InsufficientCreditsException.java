package io.github.genmedia.providers.error;

import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * The account has too few credits for the request (HTTP 402 from most providers): an
 * application tops up or tells its user, rather than retrying or paging someone about an
 * outage. Where the provider says how many credits were available and needed, they are
 * here.
 *
 * @since 0.1.0
 */
public class InsufficientCreditsException extends ProviderApiException {

	private final @Nullable Long available;

	private final @Nullable Long required;

	/**
	 * Create the exception for a provider that did not say how many credits there were.
	 * @param message the exception message
	 * @param provider the provider name
	 * @param statusCode the status
	 * @param providerMessage the provider's redacted message, or {@code null}
	 */
	public InsufficientCreditsException(String message, String provider, HttpStatusCode statusCode,
			@Nullable String providerMessage) {
		this(message, provider, statusCode, providerMessage, CreditCounts.unknown());
	}

	/**
	 * Create the exception.
	 * @param message the exception message
	 * @param provider the provider name
	 * @param statusCode the status
	 * @param providerMessage the provider's redacted message, or {@code null}
	 * @param credits the credits available and required, as far as the provider said
	 */
	public InsufficientCreditsException(String message, String provider, HttpStatusCode statusCode,
			@Nullable String providerMessage, CreditCounts credits) {
		super(message, provider, statusCode, providerMessage);
		this.available = credits.available();
		this.required = credits.required();
	}

	/**
	 * Return the credits the account had available.
	 * @return the credits, empty when the provider did not say
	 */
	public OptionalLong getAvailable() {
		return (this.available != null) ? OptionalLong.of(this.available) : OptionalLong.empty();
	}

	/**
	 * Return the credits the request needed.
	 * @return the credits, empty when the provider did not say
	 */
	public OptionalLong getRequired() {
		return (this.required != null) ? OptionalLong.of(this.required) : OptionalLong.empty();
	}

}
