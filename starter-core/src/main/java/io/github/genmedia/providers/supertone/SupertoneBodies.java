package io.github.genmedia.providers.supertone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import io.github.genmedia.providers.api.Downloads;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;

/**
 * What {@link SupertoneApi}'s default methods do with Supertone's bodies: write audio to
 * a file, read the NDJSON form with phonemes, and name an upload's audio.
 */
final class SupertoneBodies {

	static final String AUDIO_LENGTH = "X-Audio-Length";

	private SupertoneBodies() {
	}

	static SupertoneSpeechFile write(ResponseEntity<InputStream> speech, Path target) throws IOException {
		long bytes = Downloads.writeTo(speech, target);
		MediaType contentType = speech.getHeaders().getContentType();
		return new SupertoneSpeechFile(target, bytes, (contentType != null) ? contentType.toString() : null,
				audioLength(speech.getHeaders()));
	}

	static @Nullable Double audioLength(HttpHeaders headers) {
		String value = headers.getFirst(AUDIO_LENGTH);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static long chunks(ResponseEntity<InputStream> speech, Consumer<SupertoneSpeechChunk> consumer)
			throws IOException {
		InputStream body = speech.getBody();
		if (body == null) {
			return 0;
		}
		long count = 0;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (!line.isBlank()) {
					consumer.accept(JsonMapper.shared().readValue(line, SupertoneSpeechChunk.class));
					count++;
				}
			}
		}
		return count;
	}

	static HttpEntity<Resource> audioPart(Resource audio, String filename) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.formData().name("files").filename(filename).build());
		headers.setContentType(audioType(filename));
		return new HttpEntity<>(audio, headers);
	}

	static String filename(Resource audio) {
		String filename = audio.getFilename();
		if (filename == null || filename.isBlank()) {
			throw new IllegalArgumentException("Supertone needs the audio's file name (such as voice.wav) to clone "
					+ "a voice; this resource has none: use SupertoneApi.audioPart(audio, filename)");
		}
		return filename;
	}

	private static MediaType audioType(String filename) {
		String lower = filename.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".wav")) {
			return MediaType.parseMediaType("audio/wav");
		}
		if (lower.endsWith(".mp3")) {
			return MediaType.parseMediaType("audio/mpeg");
		}
		return MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM);
	}

}
