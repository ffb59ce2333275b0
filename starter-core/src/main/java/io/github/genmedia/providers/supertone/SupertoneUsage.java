package io.github.genmedia.providers.supertone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Usage by time bucket, from {@link SupertoneApi#getUsage}: a page of buckets, each with
 * the minutes used, broken down as the query asked.
 *
 * @param data the buckets of this page
 * @param nextPageToken the token for the next page, {@code null} on the last one
 * @param total how many buckets there are across all pages
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneUsage(List<Bucket> data, @JsonProperty("next_page_token") @Nullable String nextPageToken,
		long total) {

	/**
	 * Whether there is a next page.
	 * @return {@code true} when {@link #nextPageToken()} is set
	 */
	public boolean hasNextPage() {
		return this.nextPageToken != null && !this.nextPageToken.isEmpty();
	}

	/**
	 * A time bucket.
	 *
	 * @param startingAt its start (RFC 3339)
	 * @param endingAt its end (RFC 3339)
	 * @param results the usage in it, a result per combination of the breakdown
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Bucket(@JsonProperty("starting_at") String startingAt, @JsonProperty("ending_at") String endingAt,
			List<Result> results) {

	}

	/**
	 * Usage in a bucket; the fields of the breakdown that was not asked for are
	 * {@code null}.
	 *
	 * @param voiceId the voice
	 * @param voiceName the voice's name
	 * @param apiKey the API key used (as Supertone identifies it)
	 * @param model the model
	 * @param minutesUsed the minutes of audio generated
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Result(@JsonProperty("voice_id") @Nullable String voiceId,
			@JsonProperty("voice_name") @Nullable String voiceName, @JsonProperty("api_key") @Nullable String apiKey,
			@Nullable String model, @JsonProperty("minutes_used") double minutesUsed) {

	}

}
