package io.github.genmedia.providers.autoconfigure.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.genmedia.providers.autoconfigure.properties.ProviderDefaultsProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProvidersJobsProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProvidersRateLimitProperties;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Binds {@code providers.*}, once: each name to its provider's properties type, strictly.
 * <p>
 * Like Spring Boot's {@code spring.http.serviceclient.*}, the names are not known in
 * advance, so this reads them from the environment's property sources rather than
 * binding a map. Each name is then bound on its own, which lets a built-in provider have
 * properties of its own (Suno's {@code cookie}) and lets a property that belongs to no
 * provider be reported instead of silently ignored: a misspelt {@code retry.max-atempts}
 * or a nested {@code providers.a.b.base-url} would otherwise leave a setting at its
 * default. Every mistake is added to the problems; nothing here throws.
 *
 * @since 0.1.0
 */
public final class ProvidersBinder {

	/** The prefix of every provider property. */
	public static final String PREFIX = "providers";

	/** The name under {@code providers} that holds settings shared by all. */
	public static final String DEFAULTS = "defaults";

	/** The name under {@code providers} that holds where rate-limit buckets live. */
	public static final String RATE_LIMIT = "rate-limit";

	/** The name under {@code providers} that holds where generation jobs are recorded. */
	public static final String JOBS = "jobs";

	/**
	 * Names that are not providers: what each holds, and what to write instead, for the
	 * report when a property under one belongs to a provider.
	 */
	private static final Map<String, String> RESERVED = Map.of(DEFAULTS,
			"'defaults' holds the settings every provider shares (timeouts, retry.*, rate-limit.*) and cannot name a "
					+ "provider",
			RATE_LIMIT,
			"'rate-limit' holds where rate-limit buckets live (store) and cannot name a provider; a provider's limit "
					+ "is providers.<name>.rate-limit.*, one for every provider providers.defaults.rate-limit.*",
			JOBS,
			"'jobs' holds where generation jobs are recorded (store, lease-duration, key-prefix) and cannot name a "
					+ "provider; a provider's polling is providers.<name>.jobs.*");

	/** What makes a sensible bean name: {@code my-tts} becomes {@code myTtsRestClient}. */
	private static final Pattern VALID_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of(PREFIX);

	private ProvidersBinder() {
	}

	/**
	 * Bind every provider named in the environment, and every built-in one.
	 * @param environment the environment
	 * @param builtIns the built-in providers
	 * @param problems where mistakes are added
	 * @return the bound providers
	 */
	static BoundProviders bind(Environment environment, BuiltInProviders builtIns, List<ConfigurationProblem> problems) {
		Binder binder = Binder.get(environment);
		Map<String, ProviderProperties> providers = new LinkedHashMap<>();
		ProviderDefaultsProperties defaults = new ProviderDefaultsProperties();
		ProvidersRateLimitProperties rateLimit = new ProvidersRateLimitProperties();
		for (String name : ConfiguredNames.of(environment)) {
			if (!VALID_NAME.matcher(name).matches()) {
				problems.add(invalidName(name));
			}
			else if (name.equals(DEFAULTS)) {
				defaults = bind(binder, name, new ProviderDefaultsProperties(), problems);
			}
			else if (name.equals(RATE_LIMIT)) {
				rateLimit = bind(binder, name, new ProvidersRateLimitProperties(), problems);
			}
			else if (name.equals(JOBS)) {
				// Checked here, strictly; the jobs auto-configuration binds it for itself.
				bind(binder, name, new ProvidersJobsProperties(), problems);
			}
			else {
				providers.put(name, bind(binder, name, builtIns.newProperties(name), problems));
			}
		}
		for (BuiltInProvider builtIn : builtIns.all()) {
			providers.computeIfAbsent(builtIn.preset().name(), builtIns::newProperties);
		}
		return new BoundProviders(providers, defaults, rateLimit);
	}

	private static <T> T bind(Binder binder, String name, T target, List<ConfigurationProblem> problems) {
		BindHandler strict = new NoUnboundElementsBindHandler(BindHandler.DEFAULT);
		try {
			return binder.bind(ROOT.append(name), Bindable.ofInstance(target), strict).orElse(target);
		}
		catch (BindException ex) {
			problems.addAll(BindFailures.describe(name, ex, RESERVED.get(name)));
			return target;
		}
	}

	private static ConfigurationProblem invalidName(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		String hint = VALID_NAME.matcher(lower).matches() ? " (did you mean '" + lower + "'?)" : "";
		return new ConfigurationProblem(PREFIX + "." + name,
				"is not a valid provider name" + hint + ": a name becomes part of a bean name",
				"Name providers with lower-case letters, digits and '-', starting with a letter, such as 'my-tts'.");
	}

	/**
	 * The providers bound, with the shared defaults.
	 *
	 * @param providers the properties of each provider, by name, in configuration order
	 * @param defaults {@code providers.defaults}
	 * @param rateLimit {@code providers.rate-limit}
	 */
	record BoundProviders(Map<String, ProviderProperties> providers, ProviderDefaultsProperties defaults,
			ProvidersRateLimitProperties rateLimit) {
	}

	/**
	 * The names directly under {@code providers}, as written in each property source:
	 * Spring Boot's own mapping would turn {@code providers.ñame} into {@code ame}
	 * without a word, so names are read from the raw property names, and only those of
	 * environment variables from Boot's mapping.
	 */
	static final class ConfiguredNames {

		private static final String RAW_PREFIX = PREFIX + ".";

		private ConfiguredNames() {
		}

		/**
		 * Names that differ only in dashes are the same to Spring Boot's relaxed binding
		 * ({@code PROVIDERS_MYTTS_APIKEY} sets {@code providers.my-tts.api-key}); the
		 * dashed spelling is kept.
		 */
		static List<String> of(Environment environment) {
			Map<String, String> byUniformName = new LinkedHashMap<>();
			for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
				Object underlying = source.getUnderlyingSource();
				if (underlying instanceof EnumerablePropertySource<?> enumerable
						&& !(underlying instanceof SystemEnvironmentPropertySource)) {
					for (String name : enumerable.getPropertyNames()) {
						if (name.regionMatches(true, 0, RAW_PREFIX, 0, RAW_PREFIX.length())) {
							add(byUniformName, rawElement(name.substring(RAW_PREFIX.length())));
						}
					}
				}
				else if (source instanceof IterableConfigurationPropertySource iterable) {
					iterable.stream()
						.filter(ROOT::isAncestorOf)
						.forEach((property) -> add(byUniformName, property.getElement(1, Form.ORIGINAL)));
				}
			}
			return List.copyOf(byUniformName.values());
		}

		private static String rawElement(String rest) {
			int end = rest.length();
			for (char separator : new char[] { '.', '[' }) {
				int at = rest.indexOf(separator);
				if (at >= 0 && at < end) {
					end = at;
				}
			}
			return rest.substring(0, end);
		}

		private static void add(Map<String, String> byUniformName, String name) {
			String uniform = name.replace("-", "").toLowerCase(java.util.Locale.ROOT);
			byUniformName.merge(uniform.isEmpty() ? name : uniform, name,
					(first, other) -> first.contains("-") ? first : other);
		}

	}

}
