package io.github.genmedia.providers.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.genmedia.providers.whisul.WhisulGenerateRequest;
import io.github.genmedia.providers.whisul.WhisulJobs;
import io.github.genmedia.providers.whisul.WhisulSong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Generates a song with Whisul and answers once it is done, without a thread waiting
 * for it: the job is a future, polled on the starter's shared scheduler, and Spring MVC
 * answers the request when the future completes ({@code spring.mvc.async.request-timeout}
 * bounds the wait, longer than the job's own deadline so that the deadline's error, with
 * the job id, is what a caller sees). A POST: each call starts a generation, which costs
 * credits with a real key.
 */
@RestController
class SongController {

	private final ObjectProvider<WhisulJobs> jobs;

	SongController(ObjectProvider<WhisulJobs> jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/demo/song")
	CompletableFuture<ResponseEntity<Map<String, Object>>> song(
			@RequestParam(defaultValue = "a calm sea at dawn") String prompt) {
		WhisulJobs whisul = this.jobs.getIfAvailable();
		if (whisul == null) {
			return CompletableFuture.completedFuture(ResponseEntity.status(404)
				.body(Map.of("error", "Whisul is not configured: set WHISUL_API_KEY")));
		}
		return whisul.generate(new WhisulGenerateRequest(prompt)).future().thenApply(SongController::describe);
	}

	private static ResponseEntity<Map<String, Object>> describe(WhisulSong song) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("call", "WhisulJobs.generate(...).future()");
		answer.put("result", song);
		return ResponseEntity.ok(answer);
	}

}
