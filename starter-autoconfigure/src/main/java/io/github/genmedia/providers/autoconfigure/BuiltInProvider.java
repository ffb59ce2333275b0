package io.github.genmedia.providers.autoconfigure;

import java.util.Arrays;
import java.util.Optional;

import io.github.genmedia.providers.definition.ProviderAuth;

/**
 * The providers this starter knows by name, with the defaults from their public
 * documentation. A built-in provider needs nothing but its key.
 */
enum BuiltInProvider {

	SUNOR("sunor", "Sunor", "https://sunor.cc/api/v1", "SUNOR_API_KEY", ProviderAuth.header("x-api-key", null)),

	SUPERTONE("supertone", "Supertone", "https://supertoneapi.com", "SUPERTONE_API_KEY",
			ProviderAuth.header("x-sup-api-key", null)),

	WHISUL("whisul", "Whisul", "https://whisul.com/api", "WHISUL_API_KEY", ProviderAuth.bearer(null)),

	AUTYPE("autype", "Autype", "https://api.autype.com/api/v1/dev", "AUTYPE_API_KEY",
			ProviderAuth.header("X-API-Key", "ak_"));

	private final String id;

	private final String displayName;

	private final String baseUrl;

	private final String environmentVariable;

	private final ProviderAuth auth;

	BuiltInProvider(String id, String displayName, String baseUrl, String environmentVariable, ProviderAuth auth) {
		this.id = id;
		this.displayName = displayName;
		this.baseUrl = baseUrl;
		this.environmentVariable = environmentVariable;
		this.auth = auth;
	}

	static Optional<BuiltInProvider> find(String name) {
		return Arrays.stream(values()).filter((provider) -> provider.id.equals(name)).findFirst();
	}

	String id() {
		return this.id;
	}

	String displayName() {
		return this.displayName;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	String environmentVariable() {
		return this.environmentVariable;
	}

	ProviderAuth auth() {
		return this.auth;
	}

}
