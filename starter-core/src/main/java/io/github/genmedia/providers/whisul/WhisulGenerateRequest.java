package io.github.genmedia.providers.whisul;

/**
 * What to compose.
 *
 * @param prompt the song in plain words: genre, mood, instruments, tempo, such as "an
 * upbeat trap beat with 808s and a dark synth melody"
 * @since 0.1.0
 */
public record WhisulGenerateRequest(String prompt) {

}
