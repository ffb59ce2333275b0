package io.github.genmedia.providers.autoconfigure.resolution;

import java.util.regex.Pattern;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.provider.ProviderProblems;
import io.github.genmedia.providers.definition.AuthType;
import io.github.genmedia.providers.definition.ProviderAuth;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * How a provider sends its API key: its {@code auth.*} properties over its preset. A
 * provider whose properties have no {@code auth} (Suno) uses its preset as it is.
 */
final class AuthResolver {

	/** RFC 9110 token characters: what a header name may hold. */
	static final Pattern HEADER_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	private AuthResolver() {
	}

	static @Nullable ProviderAuth resolve(ProviderProperties properties, @Nullable ProviderPreset preset,
			ProviderProblems problems) {
		ProviderAuth presetAuth = (preset != null) ? preset.auth() : null;
		if (!(properties instanceof ApiKeyProviderProperties keyed)) {
			return (presetAuth != null) ? presetAuth : ProviderAuth.none();
		}
		ApiKeyProviderProperties.Auth configured = keyed.getAuth();
		AuthType type = (configured.getType() != null) ? configured.getType()
				: (presetAuth != null) ? presetAuth.type() : AuthType.BEARER;
		String keyPrefix = StringUtils.hasText(configured.getKeyPrefix()) ? configured.getKeyPrefix()
				: (presetAuth != null) ? presetAuth.keyPrefix() : null;
		return switch (type) {
			case NONE -> ProviderAuth.none();
			case BEARER -> ProviderAuth.bearer(keyPrefix);
			case HEADER -> header(configured, presetAuth, keyPrefix, problems);
		};
	}

	private static @Nullable ProviderAuth header(ApiKeyProviderProperties.Auth configured,
			@Nullable ProviderAuth preset, @Nullable String keyPrefix, ProviderProblems problems) {
		String headerName = StringUtils.hasText(configured.getHeaderName()) ? configured.getHeaderName().strip()
				: (preset != null && preset.type() == AuthType.HEADER) ? preset.headerName() : null;
		if (headerName == null) {
			problems.add("auth.header-name", "is required when " + problems.property("auth.type") + " is 'header'",
					"Set " + problems.property("auth.header-name") + " to the header the API reads the key from, "
							+ "for example x-api-key, or use auth.type 'bearer'.");
			return null;
		}
		if (!HEADER_TOKEN.matcher(headerName).matches()) {
			problems.add("auth.header-name", "'" + headerName + "' is not a valid HTTP header name",
					"Use letters, digits and '-' only, for example x-api-key.");
			return null;
		}
		return ProviderAuth.header(headerName, keyPrefix);
	}

}
