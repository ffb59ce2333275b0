package io.github.genmedia.providers.autoconfigure.job.redis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import io.github.genmedia.providers.autoconfigure.job.redis.RedisJobStore.Orphan;
import io.github.genmedia.providers.job.JobRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis job store's own steps on a real Redis, two stores standing for two
 * instances: what a sweep finds (the jobs of a gone instance, read in one pipeline),
 * what ending a record gives back, and the secret the fleet keeps.
 */
class RedisJobStoreTests {

	@RegisterExtension
	static RedisFleet fleet = new RedisFleet();

	private final RedisJobKeys keys = new RedisJobKeys("genmedia:jobs");

	private LettuceConnectionFactory connectionFactory;

	private RedisJobStore gone;

	private RedisJobStore alive;

	@BeforeEach
	void start() {
		fleet.redis().flushall();
		this.connectionFactory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", fleet.port()));
		this.connectionFactory.afterPropertiesSet();
		this.connectionFactory.start();
		StringRedisTemplate redis = new StringRedisTemplate(this.connectionFactory);
		this.gone = new RedisJobStore(redis, this.keys, Duration.ofMinutes(1));
		this.alive = new RedisJobStore(redis, this.keys, Duration.ofMinutes(1));
		this.alive.lease().renewOrWarn();
	}

	@AfterEach
	void stop() {
		this.connectionFactory.destroy();
	}

	@Test
	void aSweepFindsTheFollowedJobsOfAGoneInstanceAndDropsTheEntriesOfExpiredRecords() {
		this.gone.record(job("sunor", "t-1", "order-1"));
		this.gone.record(job("whisul", "w-1", null));
		this.alive.record(job("sunor", "t-2", null));
		fleet.redis()
			.sadd(this.keys.jobs(), this.keys.job("sunor", "expired"), this.keys.job("whisul", "expired"));
		fleet.redis().configResetstat();

		assertThat(this.alive.orphans(Set.of("sunor"))).as("only providers active here, not its own jobs")
			.containsExactly(new Orphan("sunor", "t-1", this.gone.lease().instance()));
		assertThat(fleet.redis().info("commandstats")).as("one SREM for all the expired records")
			.contains("cmdstat_srem:calls=1,");
		assertThat(fleet.redis().smembers(this.keys.jobs())).as("the entries of the expired records dropped")
			.containsExactlyInAnyOrder(this.keys.job("sunor", "t-1"), this.keys.job("whisul", "w-1"),
					this.keys.job("sunor", "t-2"));
		this.gone.lease().renewOrWarn();
		assertThat(this.alive.orphans(Set.of("sunor", "whisul"))).as("its owner is back").isEmpty();
	}

	@Test
	void endingARecordGivesItOnceWithItsCorrelationKey() {
		JobRecord job = job("sunor", "t-1", "order-1");
		this.gone.record(job);

		assertThat(this.alive.forget("sunor", "t-1")).contains(job);
		assertThat(this.gone.forget("sunor", "t-1")).as("ended already").isEmpty();
		assertThat(fleet.redis().exists(this.keys.jobs())).isZero();
	}

	@Test
	void theFirstSecretProposedIsTheOneEveryInstanceGets() {
		assertThat(this.gone.sharedSecret("autype-webhook", "first")).isEqualTo("first");
		assertThat(this.alive.sharedSecret("autype-webhook", "second")).isEqualTo("first");
		assertThat(fleet.redis().get(this.keys.secret("autype-webhook"))).isEqualTo("first");
	}

	private static JobRecord job(String provider, String id, @Nullable String correlation) {
		Instant submitted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return new JobRecord(provider, id, submitted, submitted.plus(Duration.ofHours(1)), correlation);
	}

}
