package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.github.genmedia.providers.suno.SunoClips.FailedClip;

import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStatus;
import io.github.genmedia.providers.job.PolledJobs;
import io.github.genmedia.providers.job.PollingSettings;

/**
 * Suno generations as {@link GenerationJob}s over the feed: {@link #generate} follows a
 * generation's clips until each is {@code complete} (or, with
 * {@link #generateUntilPlayable}, {@code streaming}: a playable audio URL) or
 * {@code error}. Like Suno's reference client, a generation then completes with the clips
 * made and reports the failed ones ({@link SunoClips#failed()}); it fails with Suno's
 * reasons only when every clip failed. A job's id is its clip ids, comma-separated. Once
 * the poller is closed, a generation is refused before it is sent
 * ({@link io.github.genmedia.providers.job.JobPollerClosedException}).
 *
 * @since 0.1.0
 */
public final class SunoJobs extends PolledJobs<SunoClips> {

	/**
	 * The widely used reference proxy waits 5 s and then polls the feed every 3-6 s for
	 * 100 s; clips usually stream within half a minute. So the first poll after 15 s, then
	 * every 4.5 s.
	 */
	public static final PollingSettings DEFAULTS = new PollingSettings(Duration.ofSeconds(15), Duration.ofMillis(4500),
			Duration.ofSeconds(30), Duration.ofMinutes(5), true);

	private final SunoApi api;

	/**
	 * Create Suno's jobs.
	 * @param api Suno's API
	 * @param poller the application's poller
	 * @param settings how to poll
	 */
	public SunoJobs(SunoApi api, JobPoller poller, PollingSettings settings) {
		super("suno", poller, settings, new Feed(api, SunoClipStatus.COMPLETE::equals));
		this.api = api;
	}

	/**
	 * Generate and follow the clips until each is complete or failed.
	 * @param request the generation
	 * @return the job, whose result is the clips made, and the failed ones; it fails when
	 * every clip failed
	 */
	public GenerationJob<SunoClips> generate(SunoGenerateRequest request) {
		return watch(request, SunoClipStatus.COMPLETE::equals);
	}

	/**
	 * Generate and follow the clips until each can be played (streaming or complete) or
	 * failed.
	 * @param request the generation
	 * @return the job, whose result is the clips made, and the failed ones; it fails when
	 * every clip failed
	 */
	public GenerationJob<SunoClips> generateUntilPlayable(SunoGenerateRequest request) {
		return watch(request, (status) -> status != null && status.isPlayable());
	}

	private GenerationJob<SunoClips> watch(SunoGenerateRequest request, Predicate<SunoClipStatus> done) {
		return submit(new Feed(this.api, done),
				() -> String.join(",", this.api.generate(request).clips().stream().map(SunoClip::id).toList()));
	}

	/**
	 * The status of a generation's clips, read from the feed; a job's id is its clip ids,
	 * comma-separated.
	 */
	private record Feed(SunoApi api, Predicate<SunoClipStatus> done) implements StatusCall<SunoClips> {

		@Override
		public JobStatus<SunoClips> poll(String jobId) {
			List<String> ids = Arrays.asList(jobId.split(","));
			List<SunoClip> clips = this.api.getFeed(ids).clips();
			List<String> missing = ids.stream()
				.filter((id) -> clips.stream().noneMatch((clip) -> id.equals(clip.id())))
				.toList();
			if (!missing.isEmpty()) {
				// Suno's feed leaves out the ids it does not know rather than answer 404.
				return new JobStatus.NotFound<>("the feed has no clip " + String.join(",", missing));
			}
			List<SunoClip> made = clips.stream().filter((clip) -> this.done.test(clip.status())).toList();
			List<FailedClip> failed = clips.stream()
				.filter((clip) -> clip.status() == SunoClipStatus.ERROR)
				.map(FailedClip::of)
				.toList();
			if (clips.size() != ids.size() || made.size() + failed.size() != clips.size()) {
				// The state of the first clip still being made.
				String state = clips.stream()
					.filter((clip) -> !this.done.test(clip.status()) && clip.status() != SunoClipStatus.ERROR)
					.findFirst()
					.map(SunoClip::status)
					.map(SunoClipStatus::wireValue)
					.orElse("submitted");
				return new JobStatus.Running<>(state, null);
			}
			if (made.isEmpty()) {
				List<String> reasons = failed.stream().map(FailedClip::errorMessage).distinct().toList();
				return new JobStatus.Failed<>(String.join("; ", reasons));
			}
			return new JobStatus.Succeeded<>(new SunoClips(made, failed));
		}

	}

}
