package io.github.genmedia.providers.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.test.standin.StandInProvider;
import io.github.genmedia.providers.test.standin.StandInProviders;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the stand-ins before the context reads {@code providers.*} and points every
 * built-in provider at them: provider clients are defined from configuration while the
 * context refreshes, so the URLs must be in the environment first. A provider the
 * application configured no credential for gets a {@link TestCredentials test one}; one
 * it did configure keeps it, and the stand-in accepts exactly that. The stand-ins are a
 * bean ({@value ProviderStandIns#BEAN_NAME}) and stop with the context. The providers'
 * client-side rate limits are off unless the test sets {@code rate-limit.enabled}.
 * <p>
 * {@link AutoConfigureProviderStandIns} applies it to a Spring test; with an
 * {@code ApplicationContextRunner}, add it with {@code withInitializer}.
 *
 * @since 0.1.0
 */
public class ProviderStandInsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The name of the property source that points the providers at the stand-ins. */
	public static final String PROPERTY_SOURCE = "providerStandIns";

	private final Duration jobDuration;

	private final Duration jwtLifetime;

	/**
	 * Create an initializer with the defaults: jobs done in 2 s, JWTs valid for 60 s.
	 */
	public ProviderStandInsInitializer() {
		this(Duration.ofSeconds(2), Duration.ofSeconds(60));
	}

	/**
	 * Create an initializer.
	 * @param jobDuration how long a generation job takes
	 * @param jwtLifetime how long the stand-in Clerk's JWTs live
	 */
	public ProviderStandInsInitializer(Duration jobDuration, Duration jwtLifetime) {
		this.jobDuration = jobDuration;
		this.jwtLifetime = jwtLifetime;
	}

	/**
	 * Polls the stand-ins' jobs at a quarter of their duration, from the start: the
	 * providers' own polling (Sunor's first poll at 30 s, Autype's every few seconds) is
	 * made for jobs of minutes, and would make a test of a 2 s job wait half a minute. A
	 * test that sets a job property itself keeps what it set.
	 */
	static void pollingScaledTo(Duration jobDuration, ConfigurableEnvironment environment,
			Map<String, Object> properties) {
		Duration quarter = Duration.ofMillis(Math.max(10, jobDuration.toMillis() / 4));
		Duration ceiling = (jobDuration.compareTo(quarter) > 0) ? jobDuration : quarter;
		for (StandInProvider provider : StandInProviders.ALL) {
			if (!provider.polled()) {
				continue;
			}
			String prefix = "providers." + provider.name() + ".jobs.";
			putUnlessSet(environment, properties, prefix + "first-poll", quarter.toMillis() + "ms");
			putUnlessSet(environment, properties, prefix + "interval", quarter.toMillis() + "ms");
			putUnlessSet(environment, properties, prefix + "max-interval", ceiling.toMillis() + "ms");
		}
	}

	private static void putUnlessSet(ConfigurableEnvironment environment, Map<String, Object> properties,
			String name, String value) {
		if (environment.getProperty(name) == null) {
			properties.put(name, value);
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		// A provider the application gave a credential accepts it; any other is given its
		// test credential, which its stand-in accepts when left out of the map.
		Map<String, String> accepted = new LinkedHashMap<>();
		Map<String, Object> properties = new LinkedHashMap<>();
		for (StandInProvider provider : StandInProviders.ALL) {
			String configured = configured(environment, provider.credential());
			if (configured != null) {
				accepted.put(provider.name(), configured);
			}
			else {
				properties.put(provider.credential().property(), provider.credential().test());
			}
		}
		ProviderStandIns standIns = ProviderStandIns.start(accepted, this.jobDuration, this.jwtLifetime);
		for (StandInProvider provider : StandInProviders.ALL) {
			String prefix = "providers." + provider.name() + ".";
			properties.put(prefix + "base-url", standIns.baseUrl(provider.name()));
			provider.services().keySet()
				.forEach((service) -> properties.put(prefix + service + ".base-url", standIns.baseUrl(service)));
			// The stand-ins answer at once and keep no limit: a test pacing itself to
			// Sunor's 120 requests a minute would only be slow. A test that sets
			// rate-limit.enabled itself keeps what it set.
			String rateLimit = prefix + "rate-limit.enabled";
			if (environment.getProperty(rateLimit) == null
					&& environment.getProperty("providers.defaults.rate-limit.enabled") == null) {
				properties.put(rateLimit, "false");
			}
		}
		pollingScaledTo(this.jobDuration, environment, properties);
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
		context.getBeanFactory().registerSingleton(ProviderStandIns.BEAN_NAME, standIns);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				standIns.close();
			}
		});
	}

	/**
	 * The credential the application configured: the property, its file (the stand-in
	 * accepts what the file holds now), the first of its list, or the environment variable.
	 */
	private static @Nullable String configured(ConfigurableEnvironment environment,
			StandInProvider.Credential credential) {
		String property = credential.property();
		String value = environment.getProperty(property);
		String file = environment.getProperty(property + "-file");
		if (!StringUtils.hasText(value) && StringUtils.hasText(file)) {
			value = read(Path.of(file.strip()));
		}
		if (!StringUtils.hasText(value)) {
			value = environment.getProperty(property + "s[0]");
		}
		if (!StringUtils.hasText(value)) {
			value = environment.getProperty(credential.environmentVariable());
		}
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			// The application's startup report says what is wrong with the file.
			return "unreadable-credential-file";
		}
	}

}
