package io.github.genmedia.providers.autoconfigure.job.redis;

import java.time.Duration;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.log.LogMessage;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * This instance's claim on the jobs it follows: a Redis key that lives while it is
 * renewed. Once it has lapsed, another instance may take the jobs over. Released when the
 * context stops, once the poller has stopped following the jobs, and the other instances
 * are told, so that they take the jobs over at once.
 */
final class InstanceLease {

	private static final Log logger = LogFactory.getLog(InstanceLease.class);

	private final StringRedisTemplate redis;

	private final RedisJobKeys keys;

	private final Duration duration;

	private final String instance = UUID.randomUUID().toString();

	InstanceLease(StringRedisTemplate redis, RedisJobKeys keys, Duration duration) {
		this.redis = redis;
		this.keys = keys;
		this.duration = duration;
	}

	String instance() {
		return this.instance;
	}

	Duration duration() {
		return this.duration;
	}

	void renewOrWarn() {
		try {
			this.redis.opsForValue().set(this.keys.lease(this.instance), "alive", this.duration);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Could not renew the jobs lease in Redis (%s): unless it is renewed within "
					+ "%s, other instances take this instance's jobs over", ex, this.duration));
		}
	}

	boolean isAlive(String instance) {
		return Boolean.TRUE.equals(this.redis.hasKey(this.keys.lease(instance)));
	}

	void release() {
		try {
			this.redis.delete(this.keys.lease(this.instance));
			this.redis.convertAndSend(this.keys.released(), this.instance);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Could not release the jobs lease in Redis (%s): other instances take "
					+ "this instance's jobs over when it lapses, within %s", ex, this.duration));
		}
	}

}
