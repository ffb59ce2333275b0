package io.github.genmedia.providers.suno;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Lyrics being written ({@link SunoApi#generateLyrics}).
 *
 * @param id the id to ask {@link SunoApi#getLyrics} about
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunoLyricsJob(String id) {

}
