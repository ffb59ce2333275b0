package io.github.genmedia.providers.supertone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Supertone's text-to-speech API, relative to its base URL
 * {@code https://supertoneapi.com}, written from docs.supertoneapi.com and the OpenAPI
 * file (0.9.6) Supertone publishes in its TypeScript SDK. With the starter, a bean of the
 * {@code supertone} HTTP service group whenever Supertone has a key: the key sent in
 * {@code x-sup-api-key}, retried and mapped to typed exceptions as
 * {@code supertoneRestClient} is. A {@code 401} (no key, or not an active one) is a
 * {@link io.github.genmedia.providers.error.ProviderAuthenticationException}; a
 * {@code 403} (a valid key without the right, such as another account's cloned voice, or
 * cloning on the free tier) a
 * {@link io.github.genmedia.providers.error.ProviderAccessDeniedException}; a {@code 402}
 * (no credits left) an
 * {@link io.github.genmedia.providers.error.InsufficientCreditsException}, without
 * numbers: Supertone gives none.
 * <p>
 * <strong>Note:</strong> Supertone has announced that its API shuts down for good on
 * 2026-08-31 (see its end-of-life guide, docs.supertoneapi.com/en/docs/sunset). This
 * interface is typed from the published specification regardless.
 * <p>
 * Speech is synchronous: there is no job to poll. Pick a voice ({@link #searchVoices},
 * or a cloned one of {@link #listCustomVoices}), then {@link #createSpeech} returns the
 * audio (WAV or MP3) and its length in seconds, {@link #streamSpeech} returns it as it is
 * synthesized, and {@link #createSpeechWithPhonemes} returns it with phoneme timings.
 * The text of one call is at most 300 characters. Credits are deducted per second of
 * audio generated, from a pool shared with Supertone Play; {@link #predictDuration}
 * forecasts the length free of charge. Speech is limited per minute by plan (20 requests
 * on Free and Starter, 30 on Creator, 60 on Pro), cloning to 10 a minute.
 * <p>
 * {@code POST} and {@code PATCH} requests are not retried by default, since a retry of
 * speech is charged again; {@code GET} and {@code DELETE} requests are. JSON request
 * bodies are small and held once, to be sent again on each attempt; audio answers are
 * never held in memory (except the base64 JSON of {@link #createSpeechWithPhonemes}).
 *
 * @since 0.1.0
 */
@HttpExchange(accept = "application/json")
public interface SupertoneApi {

	/**
	 * Create speech and return its audio as it arrives
	 * ({@code POST /v1/text-to-speech/{voice_id}}). The body is the audio, WAV
	 * ({@code audio/wav}) unless the request asks for MP3 ({@code audio/mpeg}); the
	 * {@code X-Audio-Length} header gives its length in seconds. Nothing is held in
	 * memory: the caller must close the body, which {@link #createSpeech(String,
	 * SupertoneSpeechRequest, Path)} does. A request with phonemes is answered with JSON,
	 * which this method cannot return as a stream: {@link #createSpeechWithPhonemes}
	 * reads it. Not retried by default: a retry is charged again.
	 * @param voiceId a preset voice's or one of the account's cloned voices' id
	 * @param request the text and how to speak it, without phonemes
	 * @return the audio; its headers carry the content type and {@code X-Audio-Length}
	 */
	@PostExchange(url = "/v1/text-to-speech/{voiceId}", accept = { "audio/wav", "audio/mpeg", "application/json" })
	ResponseEntity<InputStream> createSpeech(@PathVariable String voiceId, @RequestBody SupertoneSpeechRequest request);

	/**
	 * Create speech and write it to a file as it arrives
	 * ({@code POST /v1/text-to-speech/{voice_id}}); nothing is held in memory, and a
	 * failed download leaves no partial file. Not retried by default.
	 * @param voiceId the voice's id
	 * @param request the text and how to speak it, without phonemes
	 * @param target the file, replaced if it exists
	 * @return the file, the bytes written, the content type and the audio's length
	 * @throws IOException if reading the audio or writing the file fails
	 */
	default SupertoneSpeechFile createSpeech(String voiceId, SupertoneSpeechRequest request, Path target)
			throws IOException {
		return SupertoneBodies.write(createSpeech(voiceId, request), target);
	}

	/**
	 * Create speech with phoneme timings, for lip sync or subtitles
	 * ({@code POST /v1/text-to-speech/{voice_id}} with {@code include_phonemes}). The
	 * request must ask for them, {@code SupertoneSpeechRequest.of(...).withPhonemes()}:
	 * without, Supertone answers audio, which this method cannot read. The answer is JSON
	 * with the audio in base64, so the whole audio is held in memory. Phonemes are
	 * documented for {@code sona_speech_1}, {@code sona_speech_2} and
	 * {@code sona_speech_2_flash}, not for the {@code supertonic_api} models. Not retried
	 * by default: a retry is charged again.
	 * @param voiceId the voice's id
	 * @param request the text and how to speak it, with phonemes
	 * @return the audio and its phonemes
	 */
	@PostExchange("/v1/text-to-speech/{voiceId}")
	SupertoneSpeechWithPhonemes createSpeechWithPhonemes(@PathVariable String voiceId,
			@RequestBody SupertoneSpeechRequest request);

	/**
	 * Create speech and stream it as it is synthesized
	 * ({@code POST /v1/text-to-speech/{voice_id}/stream}, in beta at Supertone and
	 * documented for {@code sona_speech_1} only). The first bytes carry the audio file's
	 * header, the rest is raw audio. The audio's length comes as the HTTP trailer
	 * {@code X-Audio-Length} after the body, which the HTTP clients Spring uses do not
	 * expose. Nothing is held in memory: the caller must close the body. Not retried by
	 * default.
	 * @param voiceId the voice's id
	 * @param request the text and how to speak it
	 * @return the audio, chunk by chunk; NDJSON when the request asks for phonemes (see
	 * {@link #streamSpeechWithPhonemes})
	 */
	@PostExchange(url = "/v1/text-to-speech/{voiceId}/stream",
			accept = { "audio/wav", "audio/mpeg", "application/x-ndjson", "application/json" })
	ResponseEntity<InputStream> streamSpeech(@PathVariable String voiceId, @RequestBody SupertoneSpeechRequest request);

	/**
	 * Stream speech with phoneme timings, handing each line to a consumer as it arrives
	 * ({@code POST /v1/text-to-speech/{voice_id}/stream} with {@code include_phonemes}
	 * set, which this method sets). Each line is a piece of audio or the phonemes of one;
	 * only the current line is held in memory, and the stream is closed on return. Not
	 * retried by default.
	 * @param voiceId the voice's id
	 * @param request the text and how to speak it
	 * @param consumer what to do with each line, in order
	 * @return the number of lines read
	 * @throws IOException if reading the stream fails
	 */
	default long streamSpeechWithPhonemes(String voiceId, SupertoneSpeechRequest request,
			Consumer<SupertoneSpeechChunk> consumer) throws IOException {
		return SupertoneBodies.chunks(streamSpeech(voiceId, request.withPhonemes()), consumer);
	}

	/**
	 * Predict how long speech would last, without creating it and without deducting
	 * credits ({@code POST /v1/predict-duration/{voice_id}}): its cost before paying it.
	 * Not retried by default, like every {@code POST}, though it is free.
	 * @param voiceId the voice's id
	 * @param request the text and how to speak it, such as
	 * {@code SupertoneDurationRequest.from(speechRequest)}
	 * @return the predicted length in seconds
	 */
	@PostExchange("/v1/predict-duration/{voiceId}")
	SupertoneDuration predictDuration(@PathVariable String voiceId, @RequestBody SupertoneDurationRequest request);

	/**
	 * List the preset voices, a page at a time ({@code GET /v1/voices}). Supertone
	 * answers {@code 404} when there are none.
	 * @param pageSize voices per page, 10 to 100; Supertone's default (20) when
	 * {@code null}
	 * @param nextPageToken the previous page's {@link SupertoneVoicePage#nextPageToken()},
	 * or {@code null} for the first page
	 * @return a page of voices
	 */
	@GetExchange("/v1/voices")
	SupertoneVoicePage listVoices(@RequestParam(name = "page_size", required = false) @Nullable Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) @Nullable String nextPageToken);

	/**
	 * Search the preset voices ({@code GET /v1/voices/search}). A style filter mixing
	 * commas and semicolons is a {@code 400}; no match is a {@code 404}.
	 * @param search the filters and page, such as
	 * {@code SupertoneVoiceSearch.all().withLanguages(SupertoneLanguage.KO)}
	 * @return a page of voices
	 */
	default SupertoneVoicePage searchVoices(SupertoneVoiceSearch search) {
		return searchVoices(search.toQuery());
	}

	/**
	 * Search the preset voices with query parameters as Supertone names them
	 * ({@code GET /v1/voices/search}): {@link SupertoneVoiceSearch#toQuery()}, plus any
	 * filter Supertone documents later.
	 * @param query the query parameters
	 * @return a page of voices
	 */
	@GetExchange("/v1/voices/search")
	SupertoneVoicePage searchVoices(@RequestParam MultiValueMap<String, String> query);

	/**
	 * Return a preset voice ({@code GET /v1/voices/{voice_id}}); a cloned voice's id is a
	 * {@code 404} here, see {@link #getCustomVoice}.
	 * @param voiceId the voice's id
	 * @return the voice
	 */
	@GetExchange("/v1/voices/{voiceId}")
	SupertoneVoice getVoice(@PathVariable String voiceId);

	/**
	 * Clone a voice from a recording ({@code POST /v1/custom-voices/cloned-voice},
	 * multipart). The recording is at most 3 MB, WAV or MP3 (a larger one is a
	 * {@code 413}, another format a {@code 415}); cloning needs the Starter plan or above
	 * (else {@code 403}) and is limited to 10 a minute. The audio's content type is taken
	 * from its file name ({@code .wav}: {@code audio/wav}, {@code .mp3}:
	 * {@code audio/mpeg}). The upload is not held in memory: a {@code FileSystemResource}
	 * or {@code ByteArrayResource} is written again for each attempt (the file read
	 * again), so it can be retried; an {@code InputStreamResource} streams once and is
	 * never retried. Not retried by default, like every {@code POST}.
	 * @param audio the recording; a resource with a file name, such as a
	 * {@code FileSystemResource}
	 * @param name the voice's name
	 * @param description its description, or {@code null}
	 * @return the new voice's id
	 * @throws IllegalArgumentException if the resource has no file name
	 */
	default SupertoneClonedVoice createClonedVoice(Resource audio, String name, @Nullable String description) {
		return createClonedVoice(audioPart(audio, SupertoneBodies.filename(audio)), name, description);
	}

	/**
	 * Clone a voice from a recording given as a multipart part
	 * ({@code POST /v1/custom-voices/cloned-voice}): for a recording whose resource has no
	 * file name, such as an {@code InputStreamResource}, through {@link #audioPart}. Not
	 * retried by default.
	 * @param audio the recording's part, named {@code files} as Supertone names it
	 * @param name the voice's name
	 * @param description its description, or {@code null}
	 * @return the new voice's id
	 */
	@PostExchange(url = "/v1/custom-voices/cloned-voice", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
	SupertoneClonedVoice createClonedVoice(@RequestPart("files") HttpEntity<Resource> audio,
			@RequestPart("name") String name,
			@RequestPart(name = "description", required = false) @Nullable String description);

	/**
	 * Return the multipart part of a recording to clone, with the file name and content
	 * type Supertone reads ({@code .wav}: {@code audio/wav}, {@code .mp3}:
	 * {@code audio/mpeg}).
	 * @param audio the recording
	 * @param filename its file name, such as {@code voice.wav}
	 * @return the part, for {@link #createClonedVoice(HttpEntity, String, String)}
	 */
	static HttpEntity<Resource> audioPart(Resource audio, String filename) {
		return SupertoneBodies.audioPart(audio, filename);
	}

	/**
	 * List the account's custom (cloned) voices, a page at a time
	 * ({@code GET /v1/custom-voices}).
	 * @param pageSize voices per page, 10 to 100; Supertone's default (20) when
	 * {@code null}
	 * @param nextPageToken the previous page's
	 * {@link SupertoneCustomVoicePage#nextPageToken()}, or {@code null} for the first page
	 * @return a page of voices
	 */
	@GetExchange("/v1/custom-voices")
	SupertoneCustomVoicePage listCustomVoices(
			@RequestParam(name = "page_size", required = false) @Nullable Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) @Nullable String nextPageToken);

	/**
	 * Search the account's custom voices by name and description
	 * ({@code GET /v1/custom-voices/search}); the words of each are all to match (AND).
	 * @param name words of the name, separated by spaces, or {@code null}
	 * @param description words of the description, separated by spaces, or {@code null}
	 * @param pageSize voices per page, 10 to 100, or {@code null}
	 * @param nextPageToken the previous page's token, or {@code null}
	 * @return a page of voices
	 */
	@GetExchange("/v1/custom-voices/search")
	SupertoneCustomVoicePage searchCustomVoices(@RequestParam(name = "name", required = false) @Nullable String name,
			@RequestParam(name = "description", required = false) @Nullable String description,
			@RequestParam(name = "page_size", required = false) @Nullable Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) @Nullable String nextPageToken);

	/**
	 * Return one of the account's custom voices ({@code GET /v1/custom-voices/{voice_id}}).
	 * @param voiceId the voice's id
	 * @return the voice
	 */
	@GetExchange("/v1/custom-voices/{voiceId}")
	SupertoneCustomVoice getCustomVoice(@PathVariable String voiceId);

	/**
	 * Rename a custom voice or change its description
	 * ({@code PATCH /v1/custom-voices/{voice_id}}). Not retried by default.
	 * @param voiceId the voice's id
	 * @param update what changes, such as {@code SupertoneCustomVoiceUpdate.name("Narrator")}
	 * @return the voice as it now is
	 */
	@PatchExchange("/v1/custom-voices/{voiceId}")
	SupertoneCustomVoice editCustomVoice(@PathVariable String voiceId, @RequestBody SupertoneCustomVoiceUpdate update);

	/**
	 * Delete a custom voice ({@code DELETE /v1/custom-voices/{voice_id}}, answered
	 * {@code 204}). Retried by default: a second delete of a deleted voice is a
	 * {@code 404}, not a second deletion.
	 * @param voiceId the voice's id
	 */
	@DeleteExchange("/v1/custom-voices/{voiceId}")
	void deleteCustomVoice(@PathVariable String voiceId);

	/**
	 * Return the credit balance ({@code GET /v1/credits}).
	 * @return the credits available
	 */
	@GetExchange("/v1/credits")
	SupertoneCredits getCredits();

	/**
	 * Return daily usage per voice between two days, inclusive, in UTC
	 * ({@code GET /v1/voice-usage}).
	 * @param startDate the first day
	 * @param endDate the last day
	 * @return a record per day and voice
	 */
	default SupertoneVoiceUsage getVoiceUsage(LocalDate startDate, LocalDate endDate) {
		return getVoiceUsage(startDate.toString(), endDate.toString());
	}

	/**
	 * Return daily usage per voice between two days given as {@code YYYY-MM-DD}
	 * ({@code GET /v1/voice-usage}).
	 * @param startDate the first day, such as {@code 2024-11-01}
	 * @param endDate the last day
	 * @return a record per day and voice
	 */
	@GetExchange("/v1/voice-usage")
	SupertoneVoiceUsage getVoiceUsage(@RequestParam("start_date") String startDate,
			@RequestParam("end_date") String endDate);

	/**
	 * Return usage by time bucket ({@code GET /v1/usage}). Supertone gives up after 30
	 * seconds of processing with a {@code 408}.
	 * @param query the range, bucket width and breakdown, such as
	 * {@code SupertoneUsageQuery.between(start, end).withBreakdown(Breakdown.MODEL)}
	 * @return a page of buckets
	 */
	default SupertoneUsage getUsage(SupertoneUsageQuery query) {
		return getUsage(query.toQuery());
	}

	/**
	 * Return usage by time bucket with query parameters as Supertone names them
	 * ({@code GET /v1/usage}): {@link SupertoneUsageQuery#toQuery()}.
	 * @param query the query parameters
	 * @return a page of buckets
	 */
	@GetExchange("/v1/usage")
	SupertoneUsage getUsage(@RequestParam MultiValueMap<String, String> query);

}
