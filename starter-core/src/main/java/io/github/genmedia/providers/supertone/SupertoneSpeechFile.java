package io.github.genmedia.providers.supertone;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Speech written to a file by
 * {@link SupertoneApi#createSpeech(String, SupertoneSpeechRequest, Path)}.
 *
 * @param file the file
 * @param bytes the number of bytes written
 * @param contentType the content type Supertone gave, {@code audio/wav} or
 * {@code audio/mpeg}; {@code null} if it gave none
 * @param audioLengthSeconds the length of the audio in seconds, from Supertone's
 * {@code X-Audio-Length} header; {@code null} if it sent none (or not a number)
 * @since 0.1.0
 */
public record SupertoneSpeechFile(Path file, long bytes, @Nullable String contentType,
		@Nullable Double audioLengthSeconds) {

}
