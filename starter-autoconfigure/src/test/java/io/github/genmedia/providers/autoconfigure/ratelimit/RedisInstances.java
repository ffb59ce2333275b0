package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.util.Map;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.health.ProvidersHealthContributorAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

/**
 * Instances of one application for the tests against a real Redis: application contexts
 * with Sunor's client pointed at a stand-in and its rate-limit buckets in Redis, each
 * naming itself in a header ({@code X-Instance}) so that the stand-in tells them apart.
 */
final class RedisInstances {

	private RedisInstances() {
	}

	static ApplicationContextRunner instance(String name, int redisPort, String baseUrl, String apiKey) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					DataRedisAutoConfiguration.class, ProvidersAutoConfiguration.class,
					ProviderRateLimitAutoConfiguration.class))
			.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redisPort,
					"providers.rate-limit.store=redis", "providers.sunor.api-key=" + apiKey,
					"providers.sunor.base-url=" + baseUrl, "providers.sunor.default-headers.X-Instance=" + name);
	}

	/** With the providers' health, and no probe: health follows the traffic and the limiter. */
	static ApplicationContextRunner withHealth(ApplicationContextRunner instance) {
		return instance.withConfiguration(AutoConfigurations.of(ProvidersHealthContributorAutoConfiguration.class))
			.withPropertyValues("providers.sunor.health.probe-path=");
	}

	static RestClient sunor(AssertableApplicationContext context) {
		return context.getBean(ProviderClients.class).restClient("sunor");
	}

	static Health health(AssertableApplicationContext context) {
		CompositeHealthContributor providers = context.getBean("providersHealthContributor",
				CompositeHealthContributor.class);
		return ((HealthIndicator) providers.getContributor("sunor")).health(true);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> rateLimitHealth(AssertableApplicationContext context) {
		return (Map<String, Object>) health(context).getDetails().get("rateLimit");
	}

}
