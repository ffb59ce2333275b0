package io.github.genmedia.providers.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.definition.AuthType;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.autoconfigure.suno.SunoActivation;
import io.github.genmedia.providers.autoconfigure.suno.SunoProperties;
import io.github.genmedia.providers.autoconfigure.suno.SunoPropertiesValidator;
import io.github.genmedia.providers.retry.RetrySettings;
import io.github.genmedia.providers.suno.InvalidSunoCookieException;
import io.github.genmedia.providers.suno.SunoCookie;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns {@code providers.*} into validated {@link ProviderDefinition}s, one for each
 * active provider, or fails with every problem it found.
 * <p>
 * A provider that needs a credential is active when it has one, so a built-in provider
 * switches on by its environment variable alone. {@code enabled: true} makes a missing
 * credential an error instead of a silent no-op; {@code enabled: false} always wins.
 */
final class ProviderDefinitionResolver {

	/**
	 * Names under {@code providers} that are not providers: {@code defaults} holds
	 * settings shared by all.
	 */
	static final Set<String> RESERVED_NAMES = Set.of("defaults");

	private static final String DEFAULTS = "defaults";

	private static final Pattern HEADER_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	private final Environment environment;

	ProviderDefinitionResolver(Environment environment) {
		this.environment = environment;
	}

	/**
	 * Resolve every active provider.
	 * @param configured the bound {@code providers} map
	 * @return the active providers, configured ones first, in configuration order
	 * @throws InvalidProviderConfigurationException if any provider is misconfigured
	 */
	List<ProviderDefinition> resolve(Map<String, ProviderProperties> configured) {
		Set<String> names = new LinkedHashSet<>(configured.keySet());
		for (BuiltInProvider builtIn : BuiltInProvider.values()) {
			names.add(builtIn.id());
		}
		names.removeAll(RESERVED_NAMES);
		ProviderProperties defaults = configured.getOrDefault(DEFAULTS, new ProviderProperties());
		List<ConfigurationProblem> problems = new ArrayList<>();
		checkBeanNames(names, problems);
		List<ProviderDefinition> definitions = new ArrayList<>();
		for (String name : names) {
			ProviderProperties properties = configured.getOrDefault(name, new ProviderProperties());
			new SingleProvider(name, properties, defaults, BuiltInProvider.find(name), problems).resolve()
				.ifPresent(definitions::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidProviderConfigurationException(problems);
		}
		return definitions;
	}

	/**
	 * Two names that differ only in separators or case ({@code my-tts}, {@code my_tts})
	 * would share one bean name and one of them would silently win.
	 */
	private static void checkBeanNames(Set<String> names, List<ConfigurationProblem> problems) {
		Map<String, String> byBeanName = new java.util.HashMap<>();
		for (String name : names) {
			String beanName = ProviderClients.restClientBeanName(name);
			String other = byBeanName.putIfAbsent(beanName, name);
			if (other != null) {
				problems.add(new ConfigurationProblem(ProvidersProperties.PREFIX + "." + name,
						"has the same bean name '" + beanName + "' as " + ProvidersProperties.PREFIX + "." + other,
						"Rename one of the two providers so that their names differ in more than '-', '_' and case."));
			}
		}
	}

	/**
	 * The resolution of one provider, collecting its problems.
	 */
	private final class SingleProvider {

		private final String name;

		private final String prefix;

		private final ProviderProperties properties;

		private final ProviderProperties defaults;

		private final Optional<BuiltInProvider> builtIn;

		private final List<ConfigurationProblem> problems;

		private final int problemsBefore;

		SingleProvider(String name, ProviderProperties properties, ProviderProperties defaults,
				Optional<BuiltInProvider> builtIn, List<ConfigurationProblem> problems) {
			this.name = name;
			this.prefix = ProvidersProperties.PREFIX + "." + name;
			this.properties = properties;
			this.defaults = defaults;
			this.builtIn = builtIn;
			this.problems = problems;
			this.problemsBefore = problems.size();
		}

		Optional<ProviderDefinition> resolve() {
			if (Boolean.FALSE.equals(this.properties.getEnabled())) {
				return Optional.empty();
			}
			boolean cookieBased = this.builtIn.map(BuiltInProvider::usesCookie).orElse(false);
			if (cookieBased && !checkCookie()) {
				return Optional.empty();
			}
			ProviderAuth auth = cookieBased ? ProviderAuth.none() : resolveAuth();
			if (auth == null) {
				return Optional.empty();
			}
			String rawKey = rawKey();
			if (auth.requiresCredential() && !StringUtils.hasText(rawKey)) {
				if (Boolean.TRUE.equals(this.properties.getEnabled())) {
					problem("api-key", "is not set, but " + this.prefix + ".enabled is true", missingKeyAction());
				}
				return Optional.empty();
			}
			URI baseUrl = resolveBaseUrl();
			Credential credential = auth.requiresCredential() ? resolveCredential(rawKey, auth) : null;
			Duration connectTimeout = orElse(this.properties.getConnectTimeout(), this.defaults.getConnectTimeout());
			Duration readTimeout = orElse(this.properties.getReadTimeout(), this.defaults.getReadTimeout());
			checkTimeout("connect-timeout", connectTimeout);
			checkTimeout("read-timeout", readTimeout);
			checkDefaultHeaders();
			RetrySettings retry = resolveRetry();
			if (this.problems.size() > this.problemsBefore) {
				return Optional.empty();
			}
			return Optional.of(new ProviderDefinition(this.name, baseUrl, auth, credential, connectTimeout,
					readTimeout, this.properties.getDefaultHeaders(), retry));
		}

		/**
		 * Suno has a cookie, not a key: it is active when the cookie is set, and the
		 * cookie must hold {@code __client}.
		 */
		private boolean checkCookie() {
			if (StringUtils.hasText(this.properties.getApiKey())) {
				problem("api-key", "is not used: Suno authenticates with the Cookie header of a signed-in browser",
						"Remove " + this.prefix + ".api-key and set " + SunoActivation.COOKIE_PROPERTY + " (or "
								+ SunoActivation.COOKIE_VARIABLE + ") instead.");
				return false;
			}
			String raw = SunoActivation.rawCookie(environment);
			if (!StringUtils.hasText(raw)) {
				if (Boolean.TRUE.equals(this.properties.getEnabled())) {
					problem("cookie", "is not set, but " + this.prefix + ".enabled is true",
							"Set " + SunoActivation.COOKIE_PROPERTY + " or the " + SunoActivation.COOKIE_VARIABLE
									+ " environment variable. " + InvalidSunoCookieException.HOW_TO_COPY);
				}
				return false;
			}
			try {
				SunoCookie.parse(raw);
			}
			catch (InvalidSunoCookieException ex) {
				problem("cookie", "(from " + SunoActivation.cookieSource(environment) + ") " + ex.getProblem(),
						InvalidSunoCookieException.HOW_TO_COPY);
				return false;
			}
			SunoProperties suno = Binder.get(environment).bindOrCreate("providers.suno", SunoProperties.class);
			List<ConfigurationProblem> sunoProblems = SunoPropertiesValidator.validate(suno);
			this.problems.addAll(sunoProblems);
			return sunoProblems.isEmpty();
		}

		private ProviderAuth resolveAuth() {
			ProviderProperties.Auth configured = this.properties.getAuth();
			ProviderAuth preset = this.builtIn.map(BuiltInProvider::auth).orElse(null);
			AuthType type = (configured.getType() != null) ? configured.getType()
					: (preset != null) ? preset.type() : AuthType.BEARER;
			String keyPrefix = StringUtils.hasText(configured.getKeyPrefix()) ? configured.getKeyPrefix()
					: (preset != null) ? preset.keyPrefix() : null;
			return switch (type) {
				case NONE -> ProviderAuth.none();
				case BEARER -> ProviderAuth.bearer(keyPrefix);
				case HEADER -> headerAuth(configured, preset, keyPrefix);
			};
		}

		private ProviderAuth headerAuth(ProviderProperties.Auth configured, ProviderAuth preset, String keyPrefix) {
			String headerName = StringUtils.hasText(configured.getHeaderName()) ? configured.getHeaderName().strip()
					: (preset != null && preset.type() == AuthType.HEADER) ? preset.headerName() : null;
			if (headerName == null) {
				problem("auth.header-name", "is required when " + this.prefix + ".auth.type is 'header'",
						"Set " + this.prefix + ".auth.header-name to the header the API reads the key from, "
								+ "for example x-api-key, or use auth.type 'bearer'.");
				return null;
			}
			if (!HEADER_TOKEN.matcher(headerName).matches()) {
				problem("auth.header-name", "'" + headerName + "' is not a valid HTTP header name",
						"Use letters, digits and '-' only, for example x-api-key.");
				return null;
			}
			return ProviderAuth.header(headerName, keyPrefix);
		}

		private String rawKey() {
			String configured = this.properties.getApiKey();
			if (StringUtils.hasText(configured) || this.builtIn.isEmpty()) {
				return configured;
			}
			return environment.getProperty(this.builtIn.get().environmentVariable());
		}

		private String keySource() {
			if (StringUtils.hasText(this.properties.getApiKey()) || this.builtIn.isEmpty()) {
				return this.prefix + ".api-key";
			}
			return this.builtIn.get().environmentVariable();
		}

		private String missingKeyAction() {
			return this.builtIn
				.map((provider) -> "Set " + this.prefix + ".api-key or the " + provider.environmentVariable()
						+ " environment variable to your " + provider.displayName() + " API key, or remove "
						+ this.prefix + ".enabled.")
				.orElse("Set " + this.prefix + ".api-key to the API's key, or set " + this.prefix
						+ ".auth.type=none if it needs none.");
		}

		private URI resolveBaseUrl() {
			String raw = StringUtils.hasText(this.properties.getBaseUrl()) ? this.properties.getBaseUrl().strip()
					: this.builtIn.map(BuiltInProvider::baseUrl).orElse(null);
			String action = "Set " + this.prefix + ".base-url to an absolute http(s) URL such as https://api.example.com/v1.";
			if (raw == null) {
				problem("base-url", "is required for a provider that is not built in", action);
				return null;
			}
			URI uri;
			try {
				uri = new URI(raw);
			}
			catch (URISyntaxException ex) {
				problem("base-url", "'" + withoutUserInfo(raw) + "' is not a valid URL (" + ex.getReason() + ")",
						action);
				return null;
			}
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| uri.getHost() == null) {
				problem("base-url", "'" + withoutUserInfo(raw) + "' is not an absolute http or https URL with a host",
						action);
				return null;
			}
			if (uri.getRawUserInfo() != null) {
				problem("base-url", "contains user info (user:password@), which would send a secret in every URL",
						"Remove the user info from " + this.prefix + ".base-url and put the key in " + this.prefix
								+ ".api-key.");
				return null;
			}
			if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
				problem("base-url", "has a query or fragment, which cannot be combined with request paths",
						action);
				return null;
			}
			return stripTrailingSlash(uri);
		}

		private Credential resolveCredential(String rawKey, ProviderAuth auth) {
			String source = keySource();
			try {
				Credential credential = Credential.of(rawKey);
				if (auth.keyPrefix() != null && !credential.startsWith(auth.keyPrefix())) {
					problem("api-key", "must start with '" + auth.keyPrefix() + "'; the configured value (from "
							+ source + ", " + credential.length() + " characters) does not", keyPrefixAction(auth));
					return null;
				}
				return credential;
			}
			catch (InvalidCredentialException ex) {
				problem("api-key", "(from " + source + ") " + ex.getProblem(),
						"Copy the key again without line breaks or other invisible characters "
								+ "(leading and trailing whitespace is trimmed already).");
				return null;
			}
		}

		private String keyPrefixAction(ProviderAuth auth) {
			return this.builtIn
				.map((provider) -> "Use an " + provider.displayName() + " API key: they start with '" + auth.keyPrefix()
						+ "'. Bearer tokens and keys of other products are not accepted.")
				.orElse("Use a key that starts with '" + auth.keyPrefix() + "', or change " + this.prefix
						+ ".auth.key-prefix.");
		}

		private RetrySettings resolveRetry() {
			ProviderProperties.Retry own = this.properties.getRetry();
			ProviderProperties.Retry shared = this.defaults.getRetry();
			RetrySettings starter = RetrySettings.defaults();
			try {
				return new RetrySettings(orElse(own.getEnabled(), shared.getEnabled(), starter.enabled()),
						orElse(own.getMaxAttempts(), shared.getMaxAttempts(), starter.maxAttempts()),
						orElse(own.getInitialInterval(), shared.getInitialInterval(), starter.initialInterval()),
						orElse(own.getMultiplier(), shared.getMultiplier(), starter.multiplier()),
						orElse(own.getMaxInterval(), shared.getMaxInterval(), starter.maxInterval()),
						orElse(own.getJitter(), shared.getJitter(), starter.jitter()),
						orElse(own.getNonIdempotent(), shared.getNonIdempotent(), starter.nonIdempotent()),
						orElse(own.getMaxRetryAfter(), shared.getMaxRetryAfter(), starter.maxRetryAfter()));
			}
			catch (IllegalArgumentException ex) {
				String message = ex.getMessage();
				String field = message.contains(" ") ? message.substring(0, message.indexOf(' ')) : "retry";
				problem("retry." + kebab(field), message.substring(field.length()).strip(),
						"Fix " + this.prefix + ".retry." + kebab(field) + " (or providers.defaults.retry."
								+ kebab(field) + ", which it falls back to).");
				return null;
			}
		}

		private void checkTimeout(String property, Duration timeout) {
			if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
				problem(property, "must be positive, but is " + timeout,
						"Set " + this.prefix + "." + property + " to a positive duration such as 30s, or remove it.");
			}
		}

		private void checkDefaultHeaders() {
			this.properties.getDefaultHeaders().forEach((header, value) -> {
				if (!HEADER_TOKEN.matcher(header).matches()) {
					problem("default-headers", "'" + header + "' is not a valid HTTP header name",
							"Use letters, digits and '-' in header names.");
				}
				else if (value != null && value.chars().anyMatch(Character::isISOControl)) {
					problem("default-headers." + header, "contains a control character (CR, LF or similar)",
							"Remove line breaks and other invisible characters from the header value.");
				}
			});
		}

		private void problem(String property, String problem, String action) {
			this.problems.add(new ConfigurationProblem(this.prefix + "." + property, problem, action));
		}

	}

	private static <T> T orElse(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	private static <T> T orElse(T value, T fallback, T last) {
		return orElse(value, orElse(fallback, last));
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	private static String withoutUserInfo(String url) {
		return url.replaceAll("//[^/@]*@", "//****@");
	}

	private static URI stripTrailingSlash(URI uri) {
		String text = uri.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
	}

}
