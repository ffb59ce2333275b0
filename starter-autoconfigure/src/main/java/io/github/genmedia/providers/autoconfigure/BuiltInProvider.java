package io.github.genmedia.providers.autoconfigure;

import java.util.Arrays;
import java.util.Optional;

import io.github.genmedia.providers.definition.ProviderAuth;

/**
 * The providers this starter knows by name, with the defaults from their public
 * documentation. A built-in provider needs nothing but its key.
 */
public enum BuiltInProvider {

	/** Sunor, a Suno API service. */
	SUNOR("sunor", "Sunor", "https://sunor.cc/api/v1", "SUNOR_API_KEY", ProviderAuth.header("x-api-key", null),
			"/account/balance"),

	/** Supertone text to speech. */
	SUPERTONE("supertone", "Supertone", "https://supertoneapi.com", "SUPERTONE_API_KEY",
			ProviderAuth.header("x-sup-api-key", null), null),

	/** Whisul music. */
	WHISUL("whisul", "Whisul", "https://whisul.com/api", "WHISUL_API_KEY", ProviderAuth.bearer(null), null),

	/** Autype documents. */
	AUTYPE("autype", "Autype", "https://api.autype.com/api/v1/dev", "AUTYPE_API_KEY",
			ProviderAuth.header("X-API-Key", "ak_"), null),

	/**
	 * Suno's own API, authenticated by a browser cookie turned into short-lived JWTs
	 * rather than by a key; see {@code providers.suno.cookie}.
	 */
	SUNO("suno", "Suno", "https://studio-api.prod.suno.com", "SUNO_COOKIE", ProviderAuth.none(), null);

	private final String id;

	private final String displayName;

	private final String baseUrl;

	private final String environmentVariable;

	private final ProviderAuth auth;

	private final String probePath;

	BuiltInProvider(String id, String displayName, String baseUrl, String environmentVariable, ProviderAuth auth,
			String probePath) {
		this.id = id;
		this.displayName = displayName;
		this.baseUrl = baseUrl;
		this.environmentVariable = environmentVariable;
		this.auth = auth;
		this.probePath = probePath;
	}

	/**
	 * Whether the provider authenticates with a browser cookie instead of an API key.
	 * @return {@code true} for Suno
	 */
	public boolean usesCookie() {
		return this == SUNO;
	}

	/**
	 * Return the built-in provider of a name.
	 * @param name a provider name
	 * @return the provider, or empty for a custom one
	 */
	public static Optional<BuiltInProvider> find(String name) {
		return Arrays.stream(values()).filter((provider) -> provider.id.equals(name)).findFirst();
	}

	/**
	 * Return the provider's name under {@code providers}.
	 * @return the name
	 */
	public String id() {
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

	/**
	 * Return the path of the provider's cheap authenticated read, used as its health
	 * probe.
	 * @return the path, or {@code null} when the provider has none
	 */
	public String probePath() {
		return this.probePath;
	}

}
