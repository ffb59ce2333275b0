package io.github.genmedia.providers.whisul;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A job, as {@link WhisulApi#getJob} reports it.
 *
 * @param status the status
 * @param prompt the prompt it was started with
 * @param result the song, once completed
 * @param error what went wrong, when it failed (may be absent even then)
 * @param startedAt when it started, as Whisul writes it: {@code yyyy-MM-dd HH:mm:ss} in
 * UTC
 * @param finishedAt when it finished, absent while running
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WhisulJob(WhisulJobStatus status, @Nullable String prompt, @Nullable WhisulSong result,
		@Nullable String error, @JsonProperty("started_at") @Nullable String startedAt,
		@JsonProperty("finished_at") @Nullable String finishedAt) {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/**
	 * Return when the job started.
	 * @return the instant, or {@code null} when Whisul did not say
	 */
	public @Nullable Instant startedInstant() {
		return instant(this.startedAt);
	}

	/**
	 * Return when the job finished.
	 * @return the instant, or {@code null} while it runs
	 */
	public @Nullable Instant finishedInstant() {
		return instant(this.finishedAt);
	}

	private static @Nullable Instant instant(@Nullable String timestamp) {
		return (timestamp != null) ? LocalDateTime.parse(timestamp.strip(), TIMESTAMP).toInstant(ZoneOffset.UTC) : null;
	}

}
