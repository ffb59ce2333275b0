package io.github.genmedia.providers.error;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * An error answer of a provider, as a {@link ProviderErrorDecoder} sees it.
 *
 * @param provider the provider name
 * @param status the status
 * @param message the provider's message, redacted and shortened, or {@code null}
 * @param body the JSON error body, a missing node when the body was not a JSON object;
 * for numbers and codes, never for text shown to anyone (it is not redacted)
 * @since 0.1.0
 */
public record ProviderError(String provider, HttpStatusCode status, @Nullable String message, JsonNode body) {

	/**
	 * Return the exception most providers' answers get: 401
	 * {@link ProviderAuthenticationException}, 402 {@link InsufficientCreditsException}
	 * (without numbers), 403 {@link ProviderAccessDeniedException}, any other
	 * {@link ProviderApiException}.
	 * @return the exception
	 */
	public ProviderException standardException() {
		return switch (this.status.value()) {
			case 401 -> new ProviderAuthenticationException(describe("rejected the credential"), this.provider,
					this.status, this.message);
			case 402 -> new InsufficientCreditsException(describe("answered"), this.provider, this.status,
					this.message);
			case 403 -> new ProviderAccessDeniedException(describe("denied access"), this.provider, this.status,
					this.message);
			default -> new ProviderApiException(describe("answered"), this.provider, this.status, this.message);
		};
	}

	/**
	 * Return an exception message: {@code Provider 'sunor' answered HTTP 404 Not Found:
	 * Task not found}.
	 * @param what what the provider did, such as {@code answered} or
	 * {@code rejected the credential}
	 * @return the message
	 */
	public String describe(String what) {
		String statusText = statusText();
		String answered = what.equals("answered") ? "answered " + statusText : what + " (" + statusText + ")";
		return "Provider '" + this.provider + "' " + answered + ((this.message != null) ? ": " + this.message : "");
	}

	private String statusText() {
		HttpStatus known = HttpStatus.resolve(this.status.value());
		return "HTTP " + this.status.value() + ((known != null) ? " " + known.getReasonPhrase() : "");
	}

}
