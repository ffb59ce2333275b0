package io.github.genmedia.providers.suno;

/**
 * Lyrics to write ({@link SunoApi#generateLyrics}).
 *
 * @param prompt what the lyrics are about
 * @since 0.1.0
 */
public record SunoLyricsRequest(String prompt) {

}
