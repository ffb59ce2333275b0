package io.github.genmedia.providers.sunor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.genmedia.providers.error.CreditCounts;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.error.ProviderError;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.error.ProviderException;

/**
 * Sunor's errors: {@code {"code": 402, "message": "Insufficient credits: available 3,
 * required 10"}}. The numbers of a 402 are read from the message, which is all Sunor
 * gives.
 *
 * @since 0.1.0
 */
public final class SunorErrorDecoder implements ProviderErrorDecoder {

	private static final Pattern CREDITS = Pattern.compile("available\\s+(\\d+)\\D+required\\s+(\\d+)");

	@Override
	public ProviderException exception(ProviderError error) {
		Matcher credits = (error.status().value() == 402 && error.message() != null)
				? CREDITS.matcher(error.message()) : null;
		if (credits == null || !credits.find()) {
			return error.standardException();
		}
		return new InsufficientCreditsException(error.describe("answered"), error.provider(), error.status(),
				error.message(), new CreditCounts(Long.valueOf(credits.group(1)), Long.valueOf(credits.group(2))));
	}

}
