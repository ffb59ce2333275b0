package io.github.genmedia.providers.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks provider secrets in {@code /actuator/configprops} and {@code /actuator/env}.
 * <p>
 * Spring Boot masks every value by default, but an application that sets
 * {@code show-values: always} to debug its configuration would otherwise publish API
 * keys and Suno cookies. Keys are compared in a normalized form so that
 * {@code providers.sunor.api-key}, {@code providers.sunor.apiKey} and
 * {@code PROVIDERS_SUNOR_APIKEY} are all caught, as are the built-in providers'
 * environment variables and default header values, which may carry a token.
 */
class ProvidersSanitizingFunction implements SanitizingFunction {

	private static final Set<String> ENVIRONMENT_VARIABLES = Set.of("sunorapikey", "supertoneapikey",
			"whisulapikey", "autypeapikey", "sunocookie");

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
	}

	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (ENVIRONMENT_VARIABLES.contains(normalized)) {
			return true;
		}
		return normalized.startsWith("providers") && (normalized.endsWith("apikey") || normalized.endsWith("cookie")
				|| normalized.contains("defaultheaders"));
	}

}
