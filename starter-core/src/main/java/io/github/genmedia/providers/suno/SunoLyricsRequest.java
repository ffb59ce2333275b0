package io.github.genmedia.providers.suno;

/**
 * Lyrics to write ({@link SunoApi#generateLyrics}).
 *
 * @param prompt what the lyrics are about
 */
public record SunoLyricsRequest(String prompt) {

}
