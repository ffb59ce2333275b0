package io.github.genmedia.providers.whisul;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Whisul's API (docs.whisul.com), relative to its base URL {@code https://whisul.com/api}:
 * two endpoints, one to start a song and one to ask how it is going. With the starter, a
 * bean of the {@code whisul} HTTP service group whenever Whisul has a key, authenticated
 * ({@code Authorization: Bearer}) and retried as {@code whisulRestClient} is.
 * <p>
 * A song takes a few minutes; Whisul asks for polls 5-10 s apart. Whisul documents no
 * credits or balance endpoint, and no webhooks.
 *
 * @since 0.1.0
 */
@HttpExchange(accept = "application/json")
public interface WhisulApi {

	/**
	 * Start a song ({@code POST /generate}, answered 202). Not retried by default, like
	 * every {@code POST}.
	 * @param request the prompt
	 * @return the job id and where to poll
	 */
	@PostExchange("/generate")
	WhisulGeneration generate(@RequestBody WhisulGenerateRequest request);

	/**
	 * Return a job's status and, once completed, the song ({@code GET /jobs/{job_id}}).
	 * @param jobId the id {@link #generate} returned
	 * @return the job
	 */
	@GetExchange("/jobs/{jobId}")
	WhisulJob getJob(@PathVariable String jobId);

}
