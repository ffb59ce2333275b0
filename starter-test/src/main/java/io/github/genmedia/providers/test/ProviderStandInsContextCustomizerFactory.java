package io.github.genmedia.providers.test;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Applies {@link ProviderStandInsInitializer} to a test annotated with
 * {@link AutoConfigureProviderStandIns}; registered in {@code META-INF/spring.factories}.
 */
class ProviderStandInsContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureProviderStandIns annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureProviderStandIns.class);
		if (annotation == null) {
			return null;
		}
		return new Customizer(DurationStyle.detectAndParse(annotation.jobDuration()),
				DurationStyle.detectAndParse(annotation.jwtLifetime()));
	}

	/**
	 * One set of stand-ins per context; tests with the same settings share a cached
	 * context and its stand-ins.
	 */
	private record Customizer(Duration jobDuration, Duration jwtLifetime) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			new ProviderStandInsInitializer(this.jobDuration, this.jwtLifetime).initialize(context);
		}

	}

}
