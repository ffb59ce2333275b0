package io.github.genmedia.providers.supertone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A page of preset voices.
 *
 * @param items the voices
 * @param total how many voices there are in all; Supertone says it may be approximate
 * and may be removed
 * @param nextPageToken the token for the next page, {@code null} on the last one (some
 * of Supertone's pages show the field as {@code nextPageToken}, which is read too)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneVoicePage(List<SupertoneVoice> items, @Nullable Long total,
		@JsonProperty("next_page_token") @JsonAlias("nextPageToken") @Nullable String nextPageToken) {

	/**
	 * Whether there is a next page.
	 * @return {@code true} when {@link #nextPageToken()} is set
	 */
	public boolean hasNextPage() {
		return this.nextPageToken != null && !this.nextPageToken.isEmpty();
	}

}
