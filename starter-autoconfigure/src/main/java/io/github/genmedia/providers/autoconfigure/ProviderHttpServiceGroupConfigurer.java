package io.github.genmedia.providers.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InactiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.HttpServiceGroup;

/**
 * Configures every HTTP service group named after an active provider as that provider's
 * {@code RestClient} is configured: base URL, credential, origin-bound headers, redirect
 * safety, retries, error mapping, activity for health. Groups of other names are left
 * alone; a group named after a provider that is not active (no key) fails startup, naming
 * what is missing.
 * <p>
 * Runs after Spring Boot's configurers ({@code spring.http.serviceclient.<group>.*} and
 * {@code RestClientCustomizer}s), so that the provider's settings win: the base URL is
 * always the provider's, and the group's timeouts, SSL bundle and cookie handling apply
 * where the provider sets none.
 *
 * @since 0.1.0
 */
public final class ProviderHttpServiceGroupConfigurer implements RestClientHttpServiceGroupConfigurer {

	/** After Spring Boot's configurers (at most 0), before the default of the application's. */
	public static final int ORDER = 100;

	private final ActiveProviders providers;

	private final ProviderRuntimes runtimes;

	private final ProviderRestClientFactory clientFactory;

	private final @Nullable HttpServiceClientProperties groupProperties;

	/**
	 * Create the configurer.
	 * @param providers the providers
	 * @param runtimes the active providers' runtimes
	 * @param clientFactory configures a provider's client
	 * @param groupProperties {@code spring.http.serviceclient.*}, or {@code null}
	 */
	public ProviderHttpServiceGroupConfigurer(ActiveProviders providers, ProviderRuntimes runtimes,
			ProviderRestClientFactory clientFactory, @Nullable HttpServiceClientProperties groupProperties) {
		this.providers = providers;
		this.runtimes = runtimes;
		this.clientFactory = clientFactory;
		this.groupProperties = groupProperties;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void configureGroups(Groups<RestClient.Builder> groups) {
		List<ConfigurationProblem> problems = new ArrayList<>();
		groups.forEachClient((group, builder) -> {
			ProviderRuntime provider = this.runtimes.find(group.name()).orElse(null);
			if (provider != null) {
				configure(provider, group, builder);
			}
			else {
				this.providers.findInactive(group.name()).ifPresent((inactive) -> problems.add(problem(inactive, group)));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidProviderConfigurationException(problems);
		}
	}

	private void configure(ProviderRuntime provider, HttpServiceGroup group, RestClient.Builder builder) {
		HttpClientSettings settings = this.clientFactory.settings()
			.ofGroup(provider.provider(), (this.groupProperties != null) ? this.groupProperties.get(group.name()) : null);
		this.clientFactory.configure(provider, builder, this.clientFactory.requestFactory(settings));
	}

	private static ConfigurationProblem problem(InactiveProvider inactive, HttpServiceGroup group) {
		String types = group.httpServiceTypes()
			.stream()
			.map(Class::getSimpleName)
			.sorted()
			.collect(Collectors.joining(", "));
		return new ConfigurationProblem(inactive.property(),
				inactive.problem() + ", but the HTTP service group '" + group.name() + "' (" + types
						+ ") needs provider '" + inactive.name() + "'",
				inactive.action() + " Or remove the group '" + group.name() + "' from @ImportHttpServices.");
	}

}
