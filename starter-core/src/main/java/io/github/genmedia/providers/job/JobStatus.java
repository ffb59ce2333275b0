package io.github.genmedia.providers.job;

import org.jspecify.annotations.Nullable;

/**
 * What one poll said about a job.
 *
 * @param <R> the result of a successful job
 * @since 0.1.0
 */
public sealed interface JobStatus<R> {

	/**
	 * Still going.
	 *
	 * @param <R> the result type
	 * @param state the provider's own word for it, such as {@code running}
	 * @param progress how far it got, 0 to 1, when the provider says
	 */
	record Running<R>(String state, @Nullable Double progress) implements JobStatus<R> {

	}

	/**
	 * Done.
	 *
	 * @param <R> the result type
	 * @param result what the job made
	 */
	record Succeeded<R>(R result) implements JobStatus<R> {

	}

	/**
	 * Failed at the provider.
	 *
	 * @param <R> the result type
	 * @param reason the provider's reason, or a description when it gave none
	 */
	record Failed<R>(String reason) implements JobStatus<R> {

	}

	/**
	 * Timed out at the provider: its own timeout state, not ours.
	 *
	 * @param <R> the result type
	 * @param reason the provider's reason, or a description when it gave none
	 */
	record TimedOut<R>(String reason) implements JobStatus<R> {

	}

	/**
	 * The provider does not know the job, such as Suno's feed without the clip asked for.
	 * One confirming poll follows; a second in a row fails the job with a
	 * {@link JobNotFoundException}.
	 *
	 * @param <R> the result type
	 * @param reason what the provider said
	 */
	record NotFound<R>(String reason) implements JobStatus<R> {

	}

}
