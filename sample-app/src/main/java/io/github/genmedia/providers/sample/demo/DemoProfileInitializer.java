package io.github.genmedia.providers.sample.demo;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * In the {@code demo} profile, starts the provider stand-ins and points every provider
 * at them before the starter reads {@code providers.*}: provider clients are defined
 * from configuration while the context is refreshed, so the URLs must be known by then.
 * The stand-ins stop with the context.
 */
public class DemoProfileInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The profile that brings up the stand-ins. */
	public static final String PROFILE = "demo";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().acceptsProfiles(Profiles.of(PROFILE))) {
			return;
		}
		DemoStandIns standIns = new DemoStandIns();
		standIns.start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("demoStandIns", standIns.properties()));
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				standIns.stop();
			}
		});
	}

}
