package io.github.genmedia.providers.sunor;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Sunor's API (docs.sunor.cc), relative to its base URL {@code https://sunor.cc/api/v1}.
 * With the starter, a bean of the {@code sunor} HTTP service group whenever Sunor has a
 * key: authenticated, retried and mapped to typed exceptions as {@code sunorRestClient}
 * is. Insufficient credits ({@code 402}) is an
 * {@link io.github.genmedia.providers.error.InsufficientCreditsException} with the
 * numbers Sunor gives.
 * <p>
 * Generation is a task: {@link #createTask} returns at once with a task id, and
 * {@link #getTask} tells when it is done (30 s to 5 min; Sunor asks for polls 5-10 s
 * apart). Credits are frozen when a task starts and refunded when it fails.
 *
 * @since 0.1.0
 */
@HttpExchange(accept = "application/json")
public interface SunorApi {

	/**
	 * Create a task: music, lyrics, an upload or a concatenation ({@code POST /task}).
	 * Not retried by default, like every {@code POST}: a retry could be charged twice.
	 * @param request the task, for example {@link SunorTaskRequest#sunoMusic}
	 * @return the new task, {@code pending}
	 */
	@PostExchange("/task")
	SunorResponse<SunorCreatedTask> createTask(@RequestBody SunorTaskRequest request);

	/**
	 * Return a task's status and, once it succeeded, its output ({@code GET /task/{id}}).
	 * @param taskId the id {@link #createTask} returned
	 * @return the task
	 */
	@GetExchange("/task/{taskId}")
	SunorResponse<SunorTask> getTask(@PathVariable String taskId);

	/**
	 * Return the credit balance ({@code GET /account/balance}).
	 * @return available, frozen by running tasks, and their total
	 */
	@GetExchange("/account/balance")
	SunorResponse<SunorBalance> getBalance();

	/**
	 * Return usage totals ({@code GET /account/usage}; documented on Sunor's older docs
	 * only).
	 * @return tasks created and credits used and topped up
	 */
	@GetExchange("/account/usage")
	SunorResponse<SunorUsage> getUsage();

}
