package io.github.genmedia.providers.autoconfigure.job.redis;

import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedisExtension;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A real Redis for the tests of a class, started before them and stopped after, and the
 * instances of an application that share it: each {@link #instance()} is an application
 * context with the providers, their jobs and Boot's Redis connection to it.
 */
final class RedisFleet implements BeforeAllCallback, AfterAllCallback {

	private final LocalRedisExtension redis = new LocalRedisExtension();

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.redis.beforeAll(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.redis.afterAll(context);
	}

	/**
	 * Return commands to the Redis, to look at it or empty it.
	 * @return the commands
	 */
	RedisCommands<String, String> redis() {
		return this.redis.strings();
	}

	/**
	 * Return the port the Redis listens on, on the loopback address.
	 * @return the port
	 */
	int port() {
		return this.redis.port();
	}

	/**
	 * Return an instance of the application, with the Redis job store.
	 * @return the instance's runner
	 */
	ApplicationContextRunner instance() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					DataRedisAutoConfiguration.class, ProvidersAutoConfiguration.class,
					HttpServiceClientPropertiesAutoConfiguration.class,
					HttpServiceClientAutoConfiguration.class, ProviderJobsAutoConfiguration.class,
					RedisJobStoreAutoConfiguration.class))
			.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + this.redis.port(),
					"providers.jobs.store=redis");
	}

}
