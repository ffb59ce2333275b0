package io.github.genmedia.providers.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import org.jspecify.annotations.Nullable;

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
 * environment variables and default header values. A value of any other key that
 * contains an active credential or default header value is masked too: the JVM's
 * command line ({@code sun.java.command}) holds {@code --providers.whisul.api-key=...}
 * when the key was passed as an argument.
 */
class ProvidersSanitizingFunction implements SanitizingFunction {

	/** Shorter values are no secrets, and would mask every value that happens to contain them. */
	private static final int MIN_SECRET_LENGTH = 8;

	private final Set<String> environmentVariables;

	private final List<String> secrets;

	ProvidersSanitizingFunction(BuiltInProviders builtIns, ActiveProviders active) {
		this.environmentVariables = builtIns.all()
			.stream()
			.map((builtIn) -> normalize(builtIn.preset().environmentVariable()))
			.collect(Collectors.toUnmodifiableSet());
		List<String> secrets = new ArrayList<>();
		active.providers().forEach((provider) -> {
			Credential credential = provider.definition().credential();
			if (credential != null) {
				secrets.add(credential.reveal());
			}
			provider.keys().credentials().forEach((key) -> secrets.add(key.reveal()));
			secrets.addAll(provider.definition().defaultHeaders().values());
		});
		this.secrets = secrets.stream().filter((secret) -> secret.length() >= MIN_SECRET_LENGTH).toList();
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		return (isSecretKey(data.getKey()) || containsSecret(data.getValue())) ? data.withSanitizedValue() : data;
	}

	boolean isSecretKey(String key) {
		String normalized = normalize(key);
		if (this.environmentVariables.contains(normalized)) {
			return true;
		}
		return normalized.startsWith("providers") && (normalized.endsWith("apikey") || normalized.contains("apikeys")
				|| normalized.endsWith("cookie") || normalized.endsWith("encryptionkey")
				|| normalized.contains("defaultheaders"));
	}

	private boolean containsSecret(@Nullable Object value) {
		if (value == null || this.secrets.isEmpty()) {
			return false;
		}
		String text = value.toString();
		return this.secrets.stream().anyMatch(text::contains);
	}

	private static String normalize(String key) {
		return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
