package io.github.genmedia.providers.autoconfigure.resolution;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.auth.ProviderOrigin;
import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.HealthProperties;
import io.github.genmedia.providers.autoconfigure.properties.JobsConfigurable;
import io.github.genmedia.providers.autoconfigure.properties.JobsProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProviderDefaultsProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.RateLimitProperties;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.ConfiguredKeys;
import io.github.genmedia.providers.autoconfigure.provider.InactiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderHealthSettings;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.provider.ProviderProblems;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.retry.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns the bound {@code providers.*} into {@link ActiveProvider}s, one for each provider
 * whose client is created, or fails with every problem found.
 * <p>
 * A provider is active when it has its credential, so a built-in provider switches on by
 * its environment variable alone. {@code enabled: true} makes a missing credential an
 * error instead of a silent no-op; {@code enabled: false} always wins. What sets a
 * built-in provider apart comes from its {@link BuiltInProvider}; nothing here names one.
 */
final class ProviderDefinitionResolver {

	private final Environment environment;

	private final BuiltInProviders builtIns;

	/**
	 * Create a resolver.
	 * @param environment the environment
	 * @param builtIns the built-in providers
	 */
	ProviderDefinitionResolver(Environment environment, BuiltInProviders builtIns) {
		this.environment = environment;
		this.builtIns = builtIns;
	}

	/**
	 * Bind and resolve every provider, both for an application with a
	 * {@code ProviderCredentialSource} (a provider with {@code enabled: true} and no
	 * configured credential is then active, its keys the source's) and for one without
	 * (such a provider is then a mistake, and its other settings go unchecked).
	 * @return the resolution
	 */
	ProviderResolution resolve() {
		List<ConfigurationProblem> problems = ProviderProblems.list();
		ProvidersBinder.BoundProviders bound = ProvidersBinder.bind(this.environment, this.builtIns, problems);
		List<ConfigurationProblem> withoutSource = new ArrayList<>(problems);
		List<ActiveProvider> active = new ArrayList<>();
		List<InactiveProvider> inactive = new ArrayList<>();
		bound.providers().forEach((name, properties) -> {
			ProviderProblems reporter = new ProviderProblems(ProvidersBinder.PREFIX + "." + name, problems);
			int before = problems.size();
			ConfigurationProblem missing = sourceOnly(name, properties);
			resolve(name, properties, bound.defaults(), reporter, inactive).ifPresent(active::add);
			if (missing != null) {
				withoutSource.add(missing);
			}
			else {
				withoutSource.addAll(problems.subList(before, problems.size()));
			}
		});
		return new ProviderResolution(new ActiveProviders(active, inactive, bound.rateLimit().getStore()), problems,
				withoutSource);
	}

	/**
	 * Return the mistake a provider whose keys only a {@code ProviderCredentialSource}
	 * could give is when the application has none.
	 */
	private @Nullable ConfigurationProblem sourceOnly(String name, ProviderProperties properties) {
		if (!Boolean.TRUE.equals(properties.getEnabled())) {
			return null;
		}
		BuiltInProvider builtIn = this.builtIns.find(name).orElse(null);
		ProviderPreset preset = (builtIn != null) ? builtIn.preset() : null;
		List<ConfigurationProblem> scratch = ProviderProblems.list();
		ProviderProblems problems = new ProviderProblems(ProvidersBinder.PREFIX + "." + name, scratch);
		ProviderAuth auth = AuthResolver.resolve(properties, preset, problems);
		CredentialSource source = CredentialSource.of(properties.credential(), preset, this.environment, problems);
		boolean needsCredential = builtIn != null || (auth != null && auth.requiresCredential());
		if (!needsCredential || !source.isMissing()) {
			return null;
		}
		return new ConfigurationProblem(problems.property(properties.credential().property()),
				"is not set, but " + problems.property("enabled") + " is true", source.missingAction());
	}

	private Optional<ActiveProvider> resolve(String name, ProviderProperties properties,
			ProviderDefaultsProperties defaults, ProviderProblems problems, List<InactiveProvider> inactive) {
		if (Boolean.FALSE.equals(properties.getEnabled())) {
			String enabled = problems.property("enabled");
			inactive.add(new InactiveProvider(name, enabled, "is false", "Remove " + enabled + "=false."));
			return Optional.empty();
		}
		BuiltInProvider builtIn = this.builtIns.find(name).orElse(null);
		ProviderPreset preset = (builtIn != null) ? builtIn.preset() : null;
		int before = problems.size();
		ProviderAuth auth = AuthResolver.resolve(properties, preset, problems);
		CredentialSource source = CredentialSource.of(properties.credential(), preset, this.environment, problems);
		boolean needsCredential = builtIn != null || (auth != null && auth.requiresCredential());
		boolean fromSource = needsCredential && source.isMissing() && Boolean.TRUE.equals(properties.getEnabled());
		if (needsCredential && source.isMissing() && !fromSource) {
			inactive.add(new InactiveProvider(name, problems.property(properties.credential().property()), "is not set",
					source.setAction()));
			return Optional.empty();
		}
		URI baseUrl = resolveBaseUrl(properties, preset, problems);
		List<Credential> credentials = (needsCredential && !fromSource) ? source.credentials(auth, builtIn) : null;
		checkTimeout("connect-timeout", properties.getConnectTimeout(), problems);
		checkTimeout("read-timeout", properties.getReadTimeout(), problems);
		if (properties instanceof ApiKeyProviderProperties keyed) {
			checkTimeout("credential-source-timeout", keyed.getCredentialSourceTimeout(), problems);
		}
		HeaderChecks.check(properties.getDefaultHeaders(), problems);
		RetrySettings retry = resolveRetry(properties, defaults, problems);
		ProviderHealthSettings health = resolveHealth(properties.getHealth(), preset, problems);
		RateLimitSettings rateLimit = resolveRateLimit(properties, defaults, preset, problems);
		PollingSettings polling = null;
		Object own = null;
		if (builtIn != null) {
			own = builtIn.settings(properties, source.readCredential(), problems);
			polling = resolvePolling(properties, builtIn, problems);
		}
		if (problems.grewSince(before) || baseUrl == null || auth == null || retry == null || health == null) {
			return Optional.empty();
		}
		Credential credential = (credentials != null) ? credentials.get(0) : null;
		ProviderDefinition definition = new ProviderDefinition(name, baseUrl, auth, credential,
				first(properties.getConnectTimeout(), defaults.getConnectTimeout()),
				first(properties.getReadTimeout(), defaults.getReadTimeout()), properties.getDefaultHeaders(), retry,
				properties.getRedirects() != HttpRedirects.DONT_FOLLOW, rateLimit);
		Duration sourceTimeout = (properties instanceof ApiKeyProviderProperties keyed)
				? keyed.getCredentialSourceTimeout() : null;
		ConfiguredKeys keys = new ConfiguredKeys((credentials != null) ? credentials : List.of(), source.file(),
				sourceTimeout);
		String sslBundle = StringUtils.hasText(properties.getSsl().getBundle()) ? properties.getSsl().getBundle() : null;
		return Optional.of(new ActiveProvider(definition, health, builtIn, keys, polling, sslBundle, own));
	}

	private static @Nullable URI resolveBaseUrl(ProviderProperties properties, @Nullable ProviderPreset preset,
			ProviderProblems problems) {
		String raw = StringUtils.hasText(properties.getBaseUrl()) ? properties.getBaseUrl().strip()
				: (preset != null) ? preset.baseUrl() : null;
		String action = "Set " + problems.property("base-url")
				+ " to an absolute http(s) URL such as https://api.example.com/v1.";
		if (raw == null) {
			problems.add("base-url", "is required for a provider that is not built in", action);
			return null;
		}
		URI uri;
		try {
			uri = new URI(raw);
		}
		catch (URISyntaxException ex) {
			problems.add("base-url", "'" + BaseUrls.quotable(raw) + "' is not a valid URL (" + ex.getReason() + ")",
					action);
			return null;
		}
		String problem = BaseUrls.problemWith(uri);
		if (problem != null) {
			problems.add("base-url", "'" + ProviderOrigin.withoutQuery(uri) + "' " + problem, action);
			return null;
		}
		return BaseUrls.stripTrailingSlash(uri);
	}

	private static @Nullable RetrySettings resolveRetry(ProviderProperties properties,
			ProviderDefaultsProperties defaults, ProviderProblems problems) {
		return problems.settings("retry", () -> properties.getRetry().toSettings(defaults.getRetry()));
	}

	private static @Nullable RateLimitSettings resolveRateLimit(ProviderProperties properties,
			ProviderDefaultsProperties defaults, @Nullable ProviderPreset preset, ProviderProblems problems) {
		try {
			return problems.settings("rate-limit", () -> properties.getRateLimit()
				.toSettings(defaults.getRateLimit(), (preset != null) ? preset.rateLimit() : null));
		}
		catch (RateLimitProperties.NothingToLimitException ex) {
			problems.add("rate-limit.enabled", "is true, but no limit is set: neither rate-limit.requests nor "
					+ "rate-limit.max-concurrent, here or under providers.defaults.rate-limit, and the provider "
					+ "documents none", "Set " + problems.property("rate-limit.requests") + " (and rate-limit.period, "
							+ "1m by default) or " + problems.property("rate-limit.max-concurrent")
							+ ", or remove rate-limit.enabled.");
		}
		return null;
	}

	private static @Nullable ProviderHealthSettings resolveHealth(HealthProperties health,
			@Nullable ProviderPreset preset, ProviderProblems problems) {
		String probePath = (health.getProbePath() != null) ? health.getProbePath()
				: (preset != null) ? preset.probePath() : null;
		return problems.settings("health",
				() -> new ProviderHealthSettings(StringUtils.hasText(probePath) ? probePath : null,
						health.getCacheTtl(), health.getTimeout(), health.getFailureThreshold(), health.getStaleAfter()));
	}

	private static @Nullable PollingSettings resolvePolling(ProviderProperties properties, BuiltInProvider builtIn,
			ProviderProblems problems) {
		ProviderJobsSupport<?> jobs = builtIn.jobs();
		if (jobs == null) {
			return null;
		}
		JobsProperties configured = (properties instanceof JobsConfigurable configurable) ? configurable.getJobs()
				: new JobsProperties();
		return problems.settings("jobs", () -> configured.toSettings(jobs.defaults()));
	}

	private static void checkTimeout(String property, @Nullable Duration timeout, ProviderProblems problems) {
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			problems.add(property, "must be positive, but is " + timeout,
					"Set " + problems.property(property) + " to a positive duration such as 30s, or remove it.");
		}
	}

	private static @Nullable Duration first(@Nullable Duration value, @Nullable Duration fallback) {
		return (value != null) ? value : fallback;
	}

}
