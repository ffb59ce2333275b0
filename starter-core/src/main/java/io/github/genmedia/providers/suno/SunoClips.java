package io.github.genmedia.providers.suno;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * What a Suno generation made: the clips that succeeded, and those that failed with
 * Suno's reason.
 * <p>
 * Suno makes two clips per generation and fails them one by one: one clip may be
 * {@code error} (a moderated lyric, a worker lost) while the other plays. Like Suno's
 * reference client, {@link SunoJobs} waits until every clip is done or failed and then
 * completes with what was made; only a generation whose clips all failed fails, with
 * {@code JobFailedException}.
 * <p>
 * This is the list of the clips that succeeded, in the feed's order, so that code that
 * reads a generation's result as a {@code List<SunoClip>} reads the playable clips, as
 * before; {@link #failed()} tells which clips were lost and why. Equality is that of the
 * list, as for every {@link List}.
 *
 * @since 0.1.0
 */
public final class SunoClips extends AbstractList<SunoClip> implements RandomAccess {

	private final List<SunoClip> succeeded;

	private final List<FailedClip> failed;

	/**
	 * Create the outcome of a generation.
	 * @param succeeded the clips made
	 * @param failed the clips that failed
	 */
	public SunoClips(List<SunoClip> succeeded, List<FailedClip> failed) {
		this.succeeded = List.copyOf(succeeded);
		this.failed = List.copyOf(failed);
	}

	/**
	 * Return the clips that succeeded; this list holds the same.
	 * @return the clips, in the feed's order
	 */
	public List<SunoClip> succeeded() {
		return this.succeeded;
	}

	/**
	 * Return the clips that failed, with Suno's reason.
	 * @return the failed clips, empty when every clip succeeded
	 */
	public List<FailedClip> failed() {
		return this.failed;
	}

	/**
	 * Whether a clip of the generation failed.
	 * @return {@code true} when {@link #failed()} is not empty
	 */
	public boolean hasFailures() {
		return !this.failed.isEmpty();
	}

	@Override
	public SunoClip get(int index) {
		return this.succeeded.get(index);
	}

	@Override
	public int size() {
		return this.succeeded.size();
	}

	@Override
	public String toString() {
		return "SunoClips[succeeded=" + this.succeeded.stream().map(SunoClip::id).toList() + ", failed="
				+ this.failed.stream().map(FailedClip::clip).map(SunoClip::id).toList() + "]";
	}

	/**
	 * A clip Suno reports as {@code error}.
	 *
	 * @param clip the clip as the feed gave it last
	 * @param errorMessage Suno's {@code metadata.error_message}, or a description when it
	 * gave none
	 */
	public record FailedClip(SunoClip clip, String errorMessage) {

		/**
		 * The failure of a clip, with Suno's reason.
		 * @param clip a clip whose status is {@code error}
		 * @return the failure
		 */
		static FailedClip of(SunoClip clip) {
			String message = (clip.metadata() != null) ? clip.metadata().errorMessage() : null;
			return new FailedClip(clip,
					(message != null && !message.isBlank()) ? message : "clip " + clip.id() + " is error");
		}

	}

}
