package io.github.genmedia.providers.supertone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A page of custom (cloned) voices.
 *
 * @param items the voices
 * @param total how many custom voices there are in all
 * @param nextPageToken the token for the next page (an offset such as {@code "10"}),
 * {@code null} on the last one (some of Supertone's pages show the field as
 * {@code nextPageToken}, which is read too)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneCustomVoicePage(List<SupertoneCustomVoice> items, @Nullable Long total,
		@JsonProperty("next_page_token") @JsonAlias("nextPageToken") @Nullable String nextPageToken) {

	/**
	 * Whether there is a next page.
	 * @return {@code true} when {@link #nextPageToken()} is set
	 */
	public boolean hasNextPage() {
		return this.nextPageToken != null && !this.nextPageToken.isEmpty();
	}

}
