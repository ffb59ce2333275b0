package io.github.genmedia.providers.autoconfigure.job.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.genmedia.providers.job.JobRecord;
import io.github.genmedia.providers.job.JobStore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Jobs recorded in Redis, shared by the instances that use it with the same key prefix
 * (the layout is {@link RedisJobKeys}'s). Each step that more than one instance may race
 * for is one Lua script: ending a record (one instance gets it, and reports the outcome),
 * claiming the job of an instance whose lease has lapsed (one instance wins), and
 * keeping the first secret the instances propose to share.
 */
final class RedisJobStore implements JobStore {

	/** How long a record outlives its deadline when no instance is left to end it. */
	static final long KEEP_AFTER_DEADLINE_MILLIS = 3_600_000;

	private static final RedisScript<Long> RECORD = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 1 then
				redis.call('HSET', KEYS[1], 'owner', ARGV[6])
				return 0
			end
			redis.call('HSET', KEYS[1], 'provider', ARGV[1], 'id', ARGV[2], 'submitted-at', ARGV[3],
				'deadline', ARGV[4], 'correlation', ARGV[5], 'owner', ARGV[6])
			redis.call('PEXPIREAT', KEYS[1], ARGV[7])
			redis.call('SADD', KEYS[2], KEYS[1])
			return 1""", Long.class);

	// Only what the record holds beyond the provider and id the caller knows.
	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> FORGET = RedisScript.of("""
			local fields = redis.call('HMGET', KEYS[1], 'submitted-at', 'deadline', 'correlation')
			redis.call('SREM', KEYS[2], KEYS[1])
			if redis.call('DEL', KEYS[1]) == 0 then return {} end
			return fields""", List.class);

	private static final RedisScript<Long> CLAIM = RedisScript.of("""
			if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[1] then return 0 end
			if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
			redis.call('HSET', KEYS[1], 'owner', ARGV[2])
			return 1""", Long.class);

	private static final RedisScript<String> SHARE = RedisScript.of("""
			redis.call('SET', KEYS[1], ARGV[1], 'NX')
			return redis.call('GET', KEYS[1])""", String.class);

	/** What a sweep reads of each job, in this order. */
	private static final byte[][] ORPHAN_FIELDS = { utf8("provider"), utf8("id"), utf8("owner") };

	private final StringRedisTemplate redis;

	private final RedisJobKeys keys;

	private final InstanceLease lease;

	/**
	 * Jobs recorded in Redis under this instance's lease, which lives in the same Redis,
	 * under the same keys.
	 * @param redis the Redis the jobs and the lease live in
	 * @param keys the key layout
	 * @param leaseDuration how long the lease lives unless renewed
	 */
	RedisJobStore(StringRedisTemplate redis, RedisJobKeys keys, Duration leaseDuration) {
		this.redis = redis;
		this.keys = keys;
		this.lease = new InstanceLease(redis, keys, leaseDuration);
	}

	RedisJobKeys keys() {
		return this.keys;
	}

	InstanceLease lease() {
		return this.lease;
	}

	@Override
	public void record(JobRecord job) {
		String correlation = (job.correlationKey() != null) ? job.correlationKey() : "";
		this.redis.execute(RECORD, List.of(this.keys.job(job.provider(), job.jobId()), this.keys.jobs()),
				job.provider(), job.jobId(), job.submittedAt().toString(), job.deadline().toString(), correlation,
				this.lease.instance(), String.valueOf(job.deadline().toEpochMilli() + KEEP_AFTER_DEADLINE_MILLIS));
	}

	@Override
	@SuppressWarnings("unchecked")
	public Optional<JobRecord> forget(String provider, String jobId) {
		List<@Nullable String> fields = this.redis.execute(FORGET,
				List.of(this.keys.job(provider, jobId), this.keys.jobs()));
		if (fields == null || fields.isEmpty()) {
			return Optional.empty();
		}
		String correlation = fields.get(2);
		return Optional.of(new JobRecord(provider, jobId, instant(fields.get(0)), instant(fields.get(1)),
				(correlation == null || correlation.isEmpty()) ? null : correlation));
	}

	@Override
	public void pollElsewhere(String provider, String jobId) {
		this.redis.convertAndSend(this.keys.pollNow(), provider + "\n" + jobId);
	}

	@Override
	public String sharedSecret(String name, String proposal) {
		String secret = this.redis.execute(SHARE, List.of(this.keys.secret(name)), proposal);
		if (secret == null) {
			throw new IllegalStateException("The shared secret '" + name + "' vanished from Redis");
		}
		return secret;
	}

	/**
	 * Return the jobs of instances whose lease has lapsed, for the given providers. The
	 * jobs are read in one pipeline, whatever their number, and the entries of records
	 * that expired are dropped in one command.
	 * @param providers the providers this instance can follow
	 * @return the jobs, with their owner as seen now
	 */
	@SuppressWarnings("NullAway") // a pipeline's callback must return null
	List<Orphan> orphans(Set<String> providers) {
		Set<String> members = this.redis.opsForSet().members(this.keys.jobs());
		List<String> jobKeys = (members != null) ? List.copyOf(members) : List.of();
		if (jobKeys.isEmpty()) {
			return List.of();
		}
		List<Object> replies = this.redis.executePipelined((RedisCallback<?>) (connection) -> {
			jobKeys.forEach((jobKey) -> connection.hashCommands().hMGet(utf8(jobKey), ORPHAN_FIELDS));
			return null;
		});
		List<Orphan> orphans = new ArrayList<>();
		List<String> expired = new ArrayList<>();
		Map<String, Boolean> alive = new HashMap<>();
		for (int i = 0; i < jobKeys.size(); i++) {
			String jobKey = jobKeys.get(i);
			List<?> fields = (List<?>) replies.get(i);
			if (fields.get(0) == null || fields.get(1) == null || fields.get(2) == null) {
				// Expired after its deadline, with nobody left to end it.
				expired.add(jobKey);
				continue;
			}
			Orphan job = new Orphan((String) fields.get(0), (String) fields.get(1), (String) fields.get(2));
			if (providers.contains(job.provider()) && !job.owner().equals(this.lease.instance())
					&& !alive.computeIfAbsent(job.owner(), this.lease::isAlive)) {
				orphans.add(job);
			}
		}
		if (!expired.isEmpty()) {
			this.redis.opsForSet().remove(this.keys.jobs(), expired.toArray());
		}
		return orphans;
	}

	/**
	 * Make a job this instance's, unless another instance did first or its owner came
	 * back.
	 * @param job the job
	 * @return {@code true} when this instance now owns it
	 */
	boolean claim(Orphan job) {
		Long claimed = this.redis.execute(CLAIM,
				List.of(this.keys.job(job.provider(), job.jobId()), this.keys.lease(job.owner())), job.owner(),
				this.lease.instance());
		return claimed != null && claimed == 1;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static Instant instant(@Nullable String value) {
		return (value != null) ? Instant.parse(value) : Instant.EPOCH;
	}

	@Override
	public String name() {
		return "redis";
	}

	@Override
	public String toString() {
		return "RedisJobStore[" + this.keys.prefix() + "]";
	}

	/**
	 * A job whose owner's lease has lapsed.
	 *
	 * @param provider the provider
	 * @param jobId the job's id
	 * @param owner the instance that owned it
	 */
	record Orphan(String provider, String jobId, String owner) {
	}

}
