package io.github.genmedia.providers.suno;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Lyrics as {@link SunoApi#getLyrics} reports them. Only {@code complete} is a known status:
 * the values while Suno writes, and whether lyrics can fail, are not known, so the status
 * stays a string.
 *
 * @param text the lyrics, once complete
 * @param title a title Suno suggests
 * @param status {@code complete} when done
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunoLyrics(@Nullable String text, @Nullable String title, @Nullable String status) {

	/**
	 * Whether the lyrics are written.
	 * @return {@code true} when the status is {@code complete}
	 */
	public boolean isComplete() {
		return "complete".equalsIgnoreCase(this.status);
	}

}
