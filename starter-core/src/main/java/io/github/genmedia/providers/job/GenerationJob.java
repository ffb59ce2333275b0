package io.github.genmedia.providers.job;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * A job at a provider, followed to its outcome by the {@link JobPoller}: no thread waits
 * for it unless the caller chooses {@link #await()}.
 * <p>
 * {@link #future()} completes with the result, or exceptionally with a
 * {@link JobFailedException} (the provider's reason), a {@link JobTimedOutException}
 * (the provider's own timeout), a {@link JobDeadlineExceededException} (our deadline
 * passed, even while a poll was still waiting; the job goes on at the provider and can be
 * resumed by its {@link #jobId()}) or a {@link JobNotFoundException} (the provider does
 * not know the job id). It always completes: a poll that throws an {@link Error} ends it
 * with that error.
 * Cancelling the future stops the polling; the job itself goes on at the provider, since
 * none of the providers has a call to cancel one.
 *
 * @param <R> the result of a successful job
 * @since 0.1.0
 */
public final class GenerationJob<R> {

	private final String provider;

	private final String jobId;

	private final CompletableFuture<R> future = new CompletableFuture<>();

	private volatile String state = "submitted";

	private volatile @Nullable Double progress;

	GenerationJob(String provider, String jobId) {
		this.provider = provider;
		this.jobId = jobId;
	}

	/**
	 * Return the provider.
	 * @return its name
	 */
	public String provider() {
		return this.provider;
	}

	/**
	 * Return the job's id at the provider, to resume waiting for it elsewhere or later.
	 * @return the id
	 */
	public String jobId() {
		return this.jobId;
	}

	/**
	 * Return the future of the job's result.
	 * @return the future; cancelling it stops the polling
	 */
	public CompletableFuture<R> future() {
		return this.future;
	}

	/**
	 * Wait for the outcome, blocking the calling thread.
	 * @return the result
	 * @throws JobException if the job failed, timed out, was not found, or its deadline
	 * passed
	 * @throws CancellationException if the job was cancelled
	 */
	public R await() {
		try {
			return this.future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Call a listener when the outcome is known: on a poll thread of the job's provider,
	 * for a deadline on its outcome thread ({@code genmedia-job-outcome-sunor-1}), never
	 * on the scheduler's (so however long it takes, it delays no timer), or on the thread
	 * that cancels or closes the poller. Keep it short all the same, and hand long work to
	 * an executor of your own: the provider's next polls, or its next deadlines, wait for
	 * that thread.
	 * @param listener told the result, or the exception
	 * @return this job
	 */
	public GenerationJob<R> onCompletion(BiConsumer<? super @Nullable R, ? super @Nullable Throwable> listener) {
		this.future.whenComplete(listener);
		return this;
	}

	/**
	 * Stop waiting for the job; it goes on at the provider.
	 * @return {@code true} if this stopped it, {@code false} if it had an outcome already
	 */
	public boolean cancel() {
		return this.future.cancel(false);
	}

	/**
	 * Return the state the last poll saw, in the provider's words.
	 * @return the state, {@code submitted} before the first poll
	 */
	public String state() {
		return this.state;
	}

	/**
	 * Return the progress the last poll saw.
	 * @return 0 to 1, or {@code null} when the provider does not say
	 */
	public @Nullable Double progress() {
		return this.progress;
	}

	void running(String state, @Nullable Double progress) {
		this.state = state;
		this.progress = progress;
	}

	@Override
	public String toString() {
		return "GenerationJob[" + this.provider + ", " + this.jobId + ", " + this.state + "]";
	}

}
