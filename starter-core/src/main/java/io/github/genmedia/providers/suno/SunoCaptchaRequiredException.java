package io.github.genmedia.providers.suno;

import io.github.genmedia.providers.error.ProviderApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * Suno refused to generate without a valid captcha token ({@code 422} "Token validation
 * failed."). Suno asks captchas of some accounts, based on risk (several quick
 * generations, for one). The starter does not solve captchas: pass a token obtained
 * elsewhere in {@link SunoGenerateRequest#withToken}, generate from the browser, or wait
 * and try again later. {@link SunoApi#isCaptchaRequiredForGeneration()} tells beforehand.
 *
 * @since 0.1.0
 */
public class SunoCaptchaRequiredException extends ProviderApiException {

	/**
	 * Create the exception.
	 * @param message the exception message
	 * @param provider the provider name
	 * @param statusCode the status
	 * @param providerMessage Suno's redacted message
	 */
	public SunoCaptchaRequiredException(String message, String provider, HttpStatusCode statusCode,
			@Nullable String providerMessage) {
		super(message, provider, statusCode, providerMessage);
	}

}
