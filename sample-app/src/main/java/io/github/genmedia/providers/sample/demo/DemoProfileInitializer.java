package io.github.genmedia.providers.sample.demo;

import java.time.Duration;
import java.util.Map;

import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandInsInitializer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * In the {@code demo} profile, runs the sample against the starter's provider stand-ins
 * (the {@code genmedia-providers-test} module, as an application's own tests use it):
 * every provider pointed at them, test credentials, Suno JWTs that live 10 s so that the
 * refresh shows, and one finished Whisul job for {@code /demo} to read.
 */
public class DemoProfileInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The profile that brings up the stand-ins. */
	public static final String PROFILE = "demo";

	/** The Whisul job the demo reads: Whisul has no cheaper authenticated read. */
	static final String WHISUL_JOB = "demo-job";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().acceptsProfiles(Profiles.of(PROFILE))) {
			return;
		}
		new ProviderStandInsInitializer(Duration.ofSeconds(20), Duration.ofSeconds(10)).initialize(context);
		context.getBeanFactory().getBean(ProviderStandIns.class).finishedJob(WHISUL_JOB);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("demo", Map.of("providers.suno.token.refresh-before-expiry", "5s",
					"providers.suno.health.probe-path", "/api/billing/info/", "sample.whisul.job-id", WHISUL_JOB)));
	}

}
