package io.github.genmedia.providers.autoconfigure.redis;

import java.time.Duration;
import java.util.Objects;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.codec.StringCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter's own Redis connections against a real Redis: opened on first use, and
 * closed when the context stops, before Spring Boot's connection factory shuts its
 * client down, so that Lettuce has nothing to warn about.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProvidersRedisConnectionsTests {

	private static final String CLOSED_WARNING = "Connection is already closed";

	private static LocalRedis redis;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class, RedisFeature.class));

	@BeforeAll
	static void startRedis() throws Exception {
		redis = LocalRedis.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@Test
	void connectionsAreClosedBeforeTheConnectionFactorySoLettuceWarnsOfNothing(CapturedOutput output) {
		StatefulConnection<?, ?>[] opened = new StatefulConnection<?, ?>[2];
		this.runner.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port())
			.run((context) -> {
				ProvidersRedisConnections connections = context.getBean(ProvidersRedisConnections.class);
				opened[0] = connected(connections.binary());
				opened[1] = connected(connections.open("test", (client) -> {
					StatefulRedisPubSubConnection<String, String> subscription = ((RedisClient) client).connectPubSub();
					RedisWait.await(subscription.async().subscribe("test").toCompletableFuture());
					return subscription;
				}, StatefulConnection::close));
				assertThat(RedisWait.await(ProvidersRedisConnections.async(opened[0]).ping())).isEqualTo("PONG");
				assertThat(connections.binary().get()).isSameAs(opened[0]);
			});
		assertThat(opened[0].isOpen()).isFalse();
		assertThat(opened[1].isOpen()).isFalse();
		assertThat(output).doesNotContain(CLOSED_WARNING);
	}

	@Test
	void aConnectionClosedAfterTheFactoryMakesLettuceWarn(CapturedOutput output) {
		// What the test above proves absent: the order the rate limits' connection had, closed
		// after the factory, whose client had closed it already.
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", redis.port()));
		factory.afterPropertiesSet();
		factory.start();
		ProvidersRedisConnections connections = new ProvidersRedisConnections(factory);
		StatefulConnection<String, byte[]> connection = connected(connections.binary());
		factory.destroy();
		connections.stop();
		await().untilAsserted(() -> assertThat(output).contains(CLOSED_WARNING));
		assertThat(connection.isOpen()).isFalse();
	
	}

	/** The first connection of a JVM may take longer than a caller waits; the attempt goes on. */
	private static <C> C connected(LazyRedisConnection<C> connection) {
		return await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(connection::get, Objects::nonNull);
	}

	/** A feature using the connections, as the starter's auto-configurations do. */
	@AutoConfiguration(after = DataRedisAutoConfiguration.class)
	@Import(ProvidersRedisConfiguration.class)
	static class RedisFeature {

	}

}
