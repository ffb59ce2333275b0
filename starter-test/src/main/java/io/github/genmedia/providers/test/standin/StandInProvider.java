package io.github.genmedia.providers.test.standin;

import java.util.Locale;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * One built-in provider's stand-in, as the rest of starter-test needs to know it: each
 * stand-in declares its own ({@code PROVIDER}) and {@link StandInProviders} lists them,
 * so that the server, the paths, the test credentials and the properties that point an
 * application at the stand-ins are read from here rather than written per provider.
 *
 * @param name the provider's name, as under {@code providers.*}
 * @param basePath where its endpoints are on the shared server: {@code /} and the name,
 * then the provider's own path
 * @param credential the credential the application configures, and the test one
 * @param polled whether its generation jobs are polled, and so get the stand-ins'
 * shorter polling
 * @param insufficientCredits its documented answer to a call without enough credits
 * (a scripted 402)
 * @param services other services its client calls (Suno's Clerk), by name, with their
 * paths on the shared server: each is configured as
 * {@code providers.<name>.<service>.base-url}
 * @param registration how it registers its endpoints
 * @since 0.1.0
 */
public record StandInProvider(String name, String basePath, Credential credential, boolean polled,
		String insufficientCredits, Map<String, String> services, Registration registration) {

	public StandInProvider {
		requireUnder(name, basePath);
		services.forEach(StandInProvider::requireUnder);
		services = Map.copyOf(services);
	}

	/**
	 * The stand-in of a provider with an API key and no other services, as every built-in
	 * one but Suno: its credential is {@link Credential#apiKey} of its name.
	 * @param name the provider's name, as under {@code providers.*}
	 * @param basePath where its endpoints are on the shared server
	 * @param testKey the test key, shaped like a real one
	 * @param header the request header that carries the key
	 * @param polled whether its generation jobs are polled
	 * @param insufficientCredits its documented answer to a call without enough credits
	 * @param registration how it registers its endpoints
	 * @return the stand-in's provider
	 */
	static StandInProvider apiKey(String name, String basePath, String testKey, String header, boolean polled,
			String insufficientCredits, Registration registration) {
		return new StandInProvider(name, basePath, Credential.apiKey(name, testKey, header), polled, insufficientCredits,
				Map.of(), registration);
	}

	/**
	 * A request is told apart by its first path segment ({@link ProviderPaths}), so each
	 * provider and service must be under its own name.
	 */
	private static void requireUnder(String name, String path) {
		Assert.isTrue(path.equals("/" + name) || path.startsWith("/" + name + "/"),
				() -> "The stand-in of " + name + " must be under /" + name + ", not " + path);
	}

	/**
	 * How an application gives the provider its credential, and the one the stand-in
	 * accepts when the application gives none.
	 *
	 * @param property the property, such as {@code providers.whisul.api-key}
	 * @param environmentVariable the environment variable read when the property is
	 * not set
	 * @param test a value shaped like a real credential and worth nothing elsewhere
	 * @param header the request header that carries it, masked in what the stand-ins
	 * record
	 * @since 0.1.0
	 */
	public record Credential(String property, String environmentVariable, String test, String header) {

		/**
		 * The credential of a provider with an API key, named as every built-in one's:
		 * {@code providers.<provider>.api-key}, else {@code <PROVIDER>_API_KEY}.
		 * @param provider the provider's name
		 * @param test the test key
		 * @param header the request header that carries it
		 * @return the credential
		 */
		public static Credential apiKey(String provider, String test, String header) {
			return new Credential("providers." + provider + ".api-key",
					provider.toUpperCase(Locale.ROOT).replace('-', '_') + "_API_KEY", test, header);
		}

	}

	/**
	 * Registers a stand-in's endpoints on the shared server.
	 */
	@FunctionalInterface
	interface Registration {

		/**
		 * Register the endpoints.
		 * @param server the shared server
		 * @param credential the credential to accept, as the application configured it
		 * @param context the job book and what else the stand-ins share
		 */
		void register(StandInServer server, String credential, StandInContext context);

	}

}
