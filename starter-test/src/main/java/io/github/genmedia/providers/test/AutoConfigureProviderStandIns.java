package io.github.genmedia.providers.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Points every built-in provider of a Spring test at local stand-ins: no keys, no
 * internet, no generations paid for. The real provider clients, typed APIs, retries,
 * health and Suno's token refresh run unchanged against them.
 * <p>
 * Inject {@link ProviderStandIns} to script faults and look at the traffic. Usable on
 * {@code @SpringBootTest} and on test slices, which then get the provider
 * auto-configurations too.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureProviderStandIns {

	/**
	 * How long a generation job takes at the stand-ins, from submission to done, as a
	 * duration such as {@code 2s} or {@code 500ms}. The application's jobs are polled to
	 * match: {@code providers.<name>.jobs.first-poll} and {@code jobs.interval} become a
	 * quarter of it (at least 10 ms) and {@code jobs.max-interval} the whole of it, for
	 * every provider whose jobs are polled, unless the test sets them itself; a test of a
	 * generation job needs no property of its own.
	 * @return the duration
	 */
	String jobDuration() default "2s";

	/**
	 * How long the stand-in Clerk's JWTs live, such as {@code 60s}; shorter makes a test
	 * see Suno's token refresh.
	 * @return the lifetime
	 */
	String jwtLifetime() default "60s";

}
