package io.github.genmedia.providers.suno;

import java.util.Locale;

import io.github.genmedia.providers.error.ProviderError;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.error.ProviderException;

/**
 * Suno's errors: {@code {"detail": "..."}}, read as most providers' are, except the
 * {@code 422} "Token validation failed." of a generation that needed a captcha, which
 * becomes a {@link SunoCaptchaRequiredException} saying what to do. Other {@code 422}
 * answers (bad input) stay plain
 * {@link io.github.genmedia.providers.error.ProviderApiException}s.
 *
 * @since 0.1.0
 */
public final class SunoErrorDecoder implements ProviderErrorDecoder {

	static final String CAPTCHA_ADVICE = "Suno demands a captcha for this account before it generates, and this "
			+ "starter does not solve captchas. Pass a token obtained elsewhere in the request's token field "
			+ "(SunoGenerateRequest.withToken), generate from the browser at https://suno.com/create, or wait "
			+ "and try again later: Suno asks for captchas after several quick generations.";

	@Override
	public ProviderException exception(ProviderError error) {
		String message = error.message();
		if (error.status().value() == 422 && message != null
				&& message.toLowerCase(Locale.ROOT).contains("token validation")) {
			return new SunoCaptchaRequiredException(error.describe("answered") + " " + CAPTCHA_ADVICE,
					error.provider(), error.status(), message);
		}
		return error.standardException();
	}

}
