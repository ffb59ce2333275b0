package io.github.genmedia.providers.job;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The application's own key for the jobs it submits, such as an order id, recorded with
 * each job and given back in its {@link JobOutcome}: the way to tell which of the
 * application's things a job was for once its future is gone with a restart.
 * <p>
 * Works with every provider's typed jobs alike, for the jobs submitted on the calling
 * thread while the key is in scope:
 * {@code JobCorrelation.with("order-42", () -> sunorJobs.createTask(request))}.
 *
 * @since 0.1.0
 */
public final class JobCorrelation {

	private static final ThreadLocal<@Nullable String> KEY = new ThreadLocal<>();

	private JobCorrelation() {
	}

	/**
	 * Submit jobs with a correlation key.
	 * @param <T> what the submission returns
	 * @param key the key, not empty; recorded as it is (keep secrets out of it)
	 * @param submit submits the job, on the calling thread
	 * @return what {@code submit} returned
	 */
	public static <T> T with(String key, Supplier<T> submit) {
		Assert.hasLength(key, "The correlation key must not be empty");
		String outer = KEY.get();
		KEY.set(key);
		try {
			return submit.get();
		}
		finally {
			if (outer != null) {
				KEY.set(outer);
			}
			else {
				KEY.remove();
			}
		}
	}

	/**
	 * Return the key in scope on the calling thread.
	 * @return the key, or {@code null} outside {@link #with}
	 */
	static @Nullable String current() {
		return KEY.get();
	}

}
