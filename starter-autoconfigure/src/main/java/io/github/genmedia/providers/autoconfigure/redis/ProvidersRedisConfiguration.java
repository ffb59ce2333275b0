package io.github.genmedia.providers.autoconfigure.redis;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The {@link ProvidersRedisConnections} bean, imported by each feature that shares state
 * through Redis (rate-limit buckets and pauses, Suno tokens), so that they share it, and
 * defined only with one {@link LettuceConnectionFactory}: without one, each feature
 * reports {@link RedisStoreProblems#noConnectionFactory}.
 *
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
public final class ProvidersRedisConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(LettuceConnectionFactory.class)
	ProvidersRedisConnections providersRedisConnections(LettuceConnectionFactory connectionFactory) {
		return new ProvidersRedisConnections(connectionFactory);
	}

}
