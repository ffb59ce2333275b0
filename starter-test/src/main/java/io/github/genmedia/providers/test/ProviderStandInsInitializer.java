package io.github.genmedia.providers.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** Property, environment variable and test credential, in the README's order of providers. */
	private static final Map<String, String[]> CREDENTIALS = new LinkedHashMap<>();

	static {
		CREDENTIALS.put("sunor", new String[] { "providers.sunor.api-key", "SUNOR_API_KEY", TestCredentials.SUNOR });
		CREDENTIALS.put("supertone",
				new String[] { "providers.supertone.api-key", "SUPERTONE_API_KEY", TestCredentials.SUPERTONE });
		CREDENTIALS.put("whisul", new String[] { "providers.whisul.api-key", "WHISUL_API_KEY", TestCredentials.WHISUL });
		CREDENTIALS.put("autype", new String[] { "providers.autype.api-key", "AUTYPE_API_KEY", TestCredentials.AUTYPE });
		CREDENTIALS.put("suno", new String[] { "providers.suno.cookie", "SUNO_COOKIE", TestCredentials.SUNO_COOKIE });
	}

	/** The built-in providers whose generation jobs are polled. */
	private static final List<String> POLLED = List.of("sunor", "whisul", "autype", "suno");

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
		for (String provider : POLLED) {
			String prefix = "providers." + provider + ".jobs.";
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
		Map<String, String> accepted = new LinkedHashMap<>();
		CREDENTIALS.forEach((provider, names) -> {
			String configured = configured(environment, names[0], names[1]);
			accepted.put(provider, (configured != null) ? configured : names[2]);
		});
		ProviderStandIns standIns = ProviderStandIns.start(accepted, this.jobDuration, this.jwtLifetime);
		Map<String, Object> properties = new LinkedHashMap<>();
		CREDENTIALS.forEach((provider, names) -> {
			properties.put("providers." + provider + ".base-url", standIns.baseUrl(provider));
			if (configured(environment, names[0], names[1]) == null) {
				properties.put(names[0], names[2]);
			}
			// The stand-ins answer at once and keep no limit: a test pacing itself to
			// Sunor's 120 requests a minute would only be slow. A test that sets
			// rate-limit.enabled itself keeps what it set.
			String rateLimit = "providers." + provider + ".rate-limit.enabled";
			if (environment.getProperty(rateLimit) == null
					&& environment.getProperty("providers.defaults.rate-limit.enabled") == null) {
				properties.put(rateLimit, "false");
			}
		});
		pollingScaledTo(this.jobDuration, environment, properties);
		properties.put("providers.suno.clerk.base-url", standIns.baseUrl("clerk"));
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
	private static @Nullable String configured(ConfigurableEnvironment environment, String property, String variable) {
		String value = environment.getProperty(property);
		String file = environment.getProperty(property + "-file");
		if (!StringUtils.hasText(value) && StringUtils.hasText(file)) {
			value = read(Path.of(file.strip()));
		}
		if (!StringUtils.hasText(value)) {
			value = environment.getProperty(property + "s[0]");
		}
		if (!StringUtils.hasText(value)) {
			value = environment.getProperty(variable);
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
