package io.github.genmedia.providers.benchmarks.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Builds quiet, non-web application contexts of {@link BenchApp}.
 * <p>
 * Properties are passed as command-line arguments, which take precedence over the
 * environment, so a stray {@code SUNOR_API_KEY} on the machine cannot change what is
 * measured (only the "no provider" context could still pick one up; see
 * {@link #providerVariablesSet()}).
 */
public final class Contexts {

	private static final List<String> QUIET = List.of("--spring.main.banner-mode=off",
			"--spring.main.log-startup-info=false", "--spring.main.register-shutdown-hook=false",
			"--logging.level.root=WARN");

	/** Each built-in provider's credential variable, from its preset. */
	private static final List<String> PROVIDER_VARIABLES = BuiltInProviders.load(Contexts.class.getClassLoader())
		.all()
		.stream()
		.map((provider) -> provider.preset().environmentVariable())
		.toList();

	private Contexts() {
	}

	/**
	 * Start a context.
	 * @param properties property names (without {@code --}) and values
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(Map<String, String> properties) {
		return start(BenchApp.class, properties);
	}

	/**
	 * Start a context of another application class.
	 * @param application the application class, such as {@link QuotaBenchApp}
	 * @param properties property names (without {@code --}) and values
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(Class<?> application, Map<String, String> properties) {
		List<String> args = new ArrayList<>(QUIET);
		properties.forEach((name, value) -> args.add("--" + name + "=" + value));
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.run(args.toArray(String[]::new));
	}

	/**
	 * Return the provider environment variables set on this machine; they would switch
	 * providers on in a context that configures none.
	 * @return the names of those set
	 */
	public static List<String> providerVariablesSet() {
		return PROVIDER_VARIABLES.stream().filter((name) -> System.getenv(name) != null).toList();
	}

}
