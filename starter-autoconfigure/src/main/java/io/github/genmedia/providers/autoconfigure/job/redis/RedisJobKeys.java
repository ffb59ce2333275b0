package io.github.genmedia.providers.autoconfigure.job.redis;

/**
 * The Redis keys and channels of the jobs, all under one prefix in braces (a Redis
 * Cluster hash tag, so that the scripts that touch several keys find them on one node):
 * <ul>
 * <li>{@code {prefix}:job:<provider>:<id>}: a hash per job (provider, id, submitted-at,
 * deadline, correlation, owner), removed at the outcome, expiring an hour after its
 * deadline if no instance is left to end it;</li>
 * <li>{@code {prefix}:jobs}: the set of those keys, which instances sweep;</li>
 * <li>{@code {prefix}:lease:<instance>}: an instance's lease, renewed every third of its
 * duration, removed when it shuts down;</li>
 * <li>{@code {prefix}:secret:<name>}: a secret the fleet shares (Autype's webhook
 * secret), set once by the first instance;</li>
 * <li>channels {@code {prefix}:poll-now} (a job to poll at once: provider, newline, id)
 * and {@code {prefix}:released} (an instance that shut down and left its jobs).</li>
 * </ul>
 *
 * @param prefix the prefix, {@code providers.jobs.key-prefix}
 */
record RedisJobKeys(String prefix) {

	String job(String provider, String jobId) {
		return tag() + ":job:" + provider + ":" + jobId;
	}

	String jobs() {
		return tag() + ":jobs";
	}

	String lease(String instance) {
		return tag() + ":lease:" + instance;
	}

	String secret(String name) {
		return tag() + ":secret:" + name;
	}

	String pollNow() {
		return tag() + ":poll-now";
	}

	String released() {
		return tag() + ":released";
	}

	private String tag() {
		return "{" + this.prefix + "}";
	}

}
