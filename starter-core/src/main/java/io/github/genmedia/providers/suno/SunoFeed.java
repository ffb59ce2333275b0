package io.github.genmedia.providers.suno;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of {@link SunoApi#getFeed(java.util.List)}. Third-party clients also mention paging fields
 * beside {@code clips}; they are not modelled, being unconfirmed.
 *
 * @param clips the clips asked for
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunoFeed(List<SunoClip> clips) {

}
