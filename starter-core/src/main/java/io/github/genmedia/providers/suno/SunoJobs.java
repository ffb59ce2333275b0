package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStatus;
import io.github.genmedia.providers.job.JobTracker;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

/**
 * Suno generations as {@link GenerationJob}s over the feed: {@link #generate} follows a
 * generation's clips until all are {@code complete} (or, with
 * {@link #generateUntilPlayable}, {@code streaming}: a playable audio URL), and fails when
 * a clip is {@code error}. A job's id is its clip ids, comma-separated. Once the poller is
 * closed, a generation is refused before it is sent
 * ({@link io.github.genmedia.providers.job.JobPollerClosedException}).
 */
public final class SunoJobs implements ProviderJobs<List<SunoClip>> {

	/**
	 * The widely used reference proxy waits 5 s and then polls the feed every 3-6 s for
	 * 100 s; clips usually stream within half a minute. So the first poll after 15 s, then
	 * every 4.5 s.
	 */
	public static final PollingSettings DEFAULTS = new PollingSettings(Duration.ofSeconds(15), Duration.ofMillis(4500),
			Duration.ofSeconds(30), Duration.ofMinutes(5), true);

	private final SunoApi api;

	private final JobPoller poller;

	private final PollingSettings settings;

	/**
	 * Create Suno's jobs.
	 * @param api Suno's API
	 * @param poller the application's poller
	 * @param settings how to poll
	 */
	public SunoJobs(SunoApi api, JobPoller poller, PollingSettings settings) {
		this.api = api;
		this.poller = poller;
		this.settings = settings;
	}

	/**
	 * Generate and follow the clips until they are complete.
	 * @param request the generation
	 * @return the job, whose result is the clips
	 */
	public GenerationJob<List<SunoClip>> generate(SunoGenerateRequest request) {
		return watch(request, SunoClipStatus.COMPLETE::equals);
	}

	/**
	 * Generate and follow the clips until they can be played (streaming or complete).
	 * @param request the generation
	 * @return the job, whose result is the clips
	 */
	public GenerationJob<List<SunoClip>> generateUntilPlayable(SunoGenerateRequest request) {
		return watch(request, (status) -> status != null && status.isPlayable());
	}

	@Override
	public GenerationJob<List<SunoClip>> resume(String clipIds) {
		return this.poller.resume(new Tracker(this.api, SunoClipStatus.COMPLETE::equals), clipIds, this.settings);
	}

	@Override
	public String provider() {
		return "suno";
	}

	private GenerationJob<List<SunoClip>> watch(SunoGenerateRequest request, Predicate<SunoClipStatus> done) {
		this.poller.checkOpen(provider());
		List<String> ids = this.api.generate(request).clips().stream().map(SunoClip::id).toList();
		return this.poller.watch(new Tracker(this.api, done), String.join(",", ids), this.settings);
	}

	private record Tracker(SunoApi api, Predicate<SunoClipStatus> done) implements JobTracker<List<SunoClip>> {

		@Override
		public String provider() {
			return "suno";
		}

		@Override
		public JobStatus<List<SunoClip>> poll(String jobId) {
			List<String> ids = Arrays.asList(jobId.split(","));
			List<SunoClip> clips = this.api.getFeed(ids).clips();
			List<String> missing = ids.stream()
				.filter((id) -> clips.stream().noneMatch((clip) -> id.equals(clip.id())))
				.toList();
			if (!missing.isEmpty()) {
				// Suno's feed leaves out the ids it does not know rather than answer 404.
				return new JobStatus.NotFound<>("the feed has no clip " + String.join(",", missing));
			}
			for (SunoClip clip : clips) {
				if (clip.status() == SunoClipStatus.ERROR) {
					String reason = (clip.metadata() != null && clip.metadata().errorMessage() != null)
							? clip.metadata().errorMessage() : "clip " + clip.id() + " is error";
					return new JobStatus.Failed<>(reason);
				}
			}
			long done = clips.stream().filter((clip) -> this.done.test(clip.status())).count();
			if (clips.size() == ids.size() && done == ids.size()) {
				return new JobStatus.Succeeded<>(clips);
			}
			String state = clips.isEmpty() || clips.get(0).status() == null ? "submitted"
					: clips.get(0).status().wireValue();
			return new JobStatus.Running<>(state, null);
		}

	}

}
