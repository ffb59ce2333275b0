package io.github.genmedia.providers.supertone;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.error.ProviderAccessDeniedException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.supertone.SupertoneUsageQuery.Breakdown;
import io.github.genmedia.providers.supertone.SupertoneUsageQuery.BucketWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link SupertoneApi} on the wire: each request as docs.supertoneapi.com and
 * Supertone's OpenAPI file (0.9.6) describe it, and the documented answers read into
 * records.
 */
class SupertoneApiWireTest {

	private static final String KEY = "sup-key-5c02e8b7";

	private static final String VOICE = "20160a4c5ba38967330c84";

	@RegisterExtension
	static WireMockExtension supertone = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@TempDir
	Path directory;

	private final SupertoneApi api = TypedApis.create(SupertoneApi.class, "supertone", supertone.baseUrl(),
			ProviderAuth.header("x-sup-api-key", null), KEY, ProviderErrorDecoder.DEFAULT);

	// Speech

	@Test
	void createSpeechPostsEveryDocumentedFieldAndStreamsTheAudioBack() throws IOException {
		byte[] audio = bytes(2048);
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "audio/mpeg")
			.withHeader("X-Audio-Length", "3.45")
			.withBody(audio)));

		ResponseEntity<InputStream> speech = this.api.createSpeech(VOICE, SupertoneSpeechRequest
			.of("Hello from Supertone.", SupertoneLanguage.EN)
			.withStyle("neutral")
			.withModel(SupertoneModel.SONA_SPEECH_2_FLASH)
			.withOutputFormat(SupertoneOutputFormat.MP3)
			.withNormalizedText("Hello from Supertone.")
			.withVoiceSettings(SupertoneVoiceSettings.defaults()
				.withPitchShift(-2.5)
				.withPitchVariance(1.5)
				.withSpeed(1.25)
				.withDuration(4.5)
				.withSimilarity(3.5)
				.withTextGuidance(0.5)
				.withSubharmonicAmplitudeControl(1.5)));

		try (InputStream body = speech.getBody()) {
			assertThat(body.readAllBytes()).isEqualTo(audio);
		}
		assertThat(speech.getHeaders().getFirst("X-Audio-Length")).isEqualTo("3.45");
		supertone.verify(postRequestedFor(urlEqualTo("/v1/text-to-speech/" + VOICE))
			.withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("audio/wav, audio/mpeg, application/json"))
			.withRequestBody(equalToJson("""
					{"text":"Hello from Supertone.","language":"en","style":"neutral",
					 "model":"sona_speech_2_flash","output_format":"mp3",
					 "voice_settings":{"pitch_shift":-2.5,"pitch_variance":1.5,"speed":1.25,"duration":4.5,
					  "similarity":3.5,"text_guidance":0.5,"subharmonic_amplitude_control":1.5},
					 "normalized_text":"Hello from Supertone."}""")));
	}

	@Test
	void createSpeechSendsOnlyTextAndLanguageWhenNothingElseIsSet() throws IOException {
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE)
			.willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(bytes(64))));

		this.api.createSpeech(VOICE, SupertoneSpeechRequest.of("안녕하세요", SupertoneLanguage.KO)).getBody().close();

		supertone.verify(postRequestedFor(urlEqualTo("/v1/text-to-speech/" + VOICE))
			.withRequestBody(equalToJson("{\"text\":\"안녕하세요\",\"language\":\"ko\"}")));
	}

	@Test
	void createSpeechToAFileWritesTheAudioReadsItsLengthAndClosesTheStream() throws IOException {
		byte[] audio = bytes(8 * 1024);
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "audio/wav")
			.withHeader("X-Audio-Length", "2.56")
			.withBody(audio)));
		AtomicBoolean closed = new AtomicBoolean();
		SupertoneApi watched = watchingStreams(closed);
		Path target = this.directory.resolve("speech/hello.wav");

		SupertoneSpeechFile file = watched.createSpeech(VOICE, SupertoneSpeechRequest.of("Hello", SupertoneLanguage.EN),
				target);

		assertThat(file).isEqualTo(new SupertoneSpeechFile(target, audio.length, "audio/wav", 2.56));
		assertThat(Files.readAllBytes(target)).isEqualTo(audio);
		assertThat(closed).isTrue();
		try (var files = Files.list(target.getParent())) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void anAudioLengthThatIsMissingOrNotANumberIsNull() throws IOException {
		supertone.stubFor(post("/v1/text-to-speech/a")
			.willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(bytes(16))));
		supertone.stubFor(post("/v1/text-to-speech/b").willReturn(
				aResponse().withHeader("Content-Type", "audio/wav").withHeader("X-Audio-Length", "n/a").withBody(bytes(16))));
		SupertoneSpeechRequest request = SupertoneSpeechRequest.of("Hi", SupertoneLanguage.EN);

		assertThat(this.api.createSpeech("a", request, this.directory.resolve("a.wav")).audioLengthSeconds()).isNull();
		assertThat(this.api.createSpeech("b", request, this.directory.resolve("b.wav")).audioLengthSeconds()).isNull();
	}

	@Test
	void createSpeechWithPhonemesAsksForThemAndReadsTheDocumentedJson() {
		byte[] audio = bytes(300);
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE).willReturn(okJson("""
				{"audio_base64":"%s",
				 "phonemes":{"symbols":["","h","ɐ","ɡ","ʌ",""],
				  "start_times_seconds":[0,0.0928798185941043,0.197369614512472,0.255419501133787,0.290249433106576,0.580498866213152],
				  "durations_seconds":[0.0928798185941043,0.104489795918367,0.0580498866213152,0.0348299319727891,0.290249433106576,0.162539682539683],
				  "stress":[0,0,1,0,0,0]},
				 "sample_rate":44100}""".formatted(Base64.getEncoder().encodeToString(audio)))));

		SupertoneSpeechWithPhonemes speech = this.api.createSpeechWithPhonemes(VOICE,
				SupertoneSpeechRequest.of("Hugo", SupertoneLanguage.EN).withModel(SupertoneModel.SONA_SPEECH_2).withPhonemes());

		assertThat(speech.audio()).isEqualTo(audio);
		assertThat(speech.phonemes().symbols()).containsExactly("", "h", "ɐ", "ɡ", "ʌ", "");
		assertThat(speech.phonemes().startTimesSeconds()).hasSize(6).startsWith(0.0, 0.0928798185941043);
		assertThat(speech.phonemes().durationsSeconds()).hasSize(6).endsWith(0.162539682539683);
		supertone.verify(postRequestedFor(urlEqualTo("/v1/text-to-speech/" + VOICE))
			.withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBody(equalToJson(
					"{\"text\":\"Hugo\",\"language\":\"en\",\"model\":\"sona_speech_2\",\"include_phonemes\":true}")));
	}

	@Test
	void streamSpeechPostsToTheStreamEndpointAndStreamsTheAudio() throws IOException {
		byte[] audio = bytes(4 * 1024);
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE + "/stream").willReturn(aResponse()
			.withHeader("Content-Type", "audio/wav")
			.withHeader("Cache-Control", "no-cache")
			.withHeader("Trailer", "X-Audio-Length")
			.withBody(audio)));

		ResponseEntity<InputStream> stream = this.api.streamSpeech(VOICE, SupertoneSpeechRequest
			.of("Streaming", SupertoneLanguage.JA)
			.withModel(SupertoneModel.SONA_SPEECH_1)
			.withOutputFormat(SupertoneOutputFormat.WAV));

		try (InputStream body = stream.getBody()) {
			assertThat(body.readAllBytes()).isEqualTo(audio);
		}
		assertThat(stream.getHeaders().getContentType()).hasToString("audio/wav");
		supertone.verify(postRequestedFor(urlEqualTo("/v1/text-to-speech/" + VOICE + "/stream"))
			.withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("audio/wav, audio/mpeg, application/x-ndjson, application/json"))
			.withRequestBody(equalToJson("""
					{"text":"Streaming","language":"ja","model":"sona_speech_1","output_format":"wav"}""")));
	}

	@Test
	void streamSpeechWithPhonemesHandsOverEachNdjsonLineInOrder() throws IOException {
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE + "/stream").willReturn(aResponse()
			.withHeader("Content-Type", "application/x-ndjson")
			.withBody("""
					{"audio_base64":"UklGRnoGAABXQVZF","phonemes":null}
					{"audio_base64":null,"phonemes":{"symbols":["","h","ɐ","l","oʊ"],"start_times_seconds":[0,0.1,0.2,0.3,0.4],"durations_seconds":[0.1,0.1,0.1,0.1,0.2]}}

					{"audio_base64":"E4ATABFAD4AMQAp=","phonemes":null,"seq":3}
					{"audio_base64":null,"phonemes":{"symbols":["w","ɝ","l","d"],"start_times_seconds":[0.5,0.6,0.7,0.8],"durations_seconds":[0.1,0.1,0.1,0.1]}}
					""")));
		List<SupertoneSpeechChunk> chunks = new ArrayList<>();
		AtomicBoolean closed = new AtomicBoolean();

		long count = watchingStreams(closed).streamSpeechWithPhonemes(VOICE,
				SupertoneSpeechRequest.of("Hello world", SupertoneLanguage.EN), chunks::add);

		assertThat(count).isEqualTo(4);
		assertThat(closed).isTrue();
		assertThat(chunks).extracting(SupertoneSpeechChunk::audioBase64)
			.containsExactly("UklGRnoGAABXQVZF", null, "E4ATABFAD4AMQAp=", null);
		assertThat(chunks.get(0).audio()).isEqualTo(Base64.getDecoder().decode("UklGRnoGAABXQVZF"));
		assertThat(chunks.get(1).audio()).isEmpty();
		assertThat(chunks.get(1).phonemes().symbols()).containsExactly("", "h", "ɐ", "l", "oʊ");
		assertThat(chunks.get(3).phonemes().startTimesSeconds()).containsExactly(0.5, 0.6, 0.7, 0.8);
		supertone.verify(postRequestedFor(urlEqualTo("/v1/text-to-speech/" + VOICE + "/stream")).withRequestBody(
				equalToJson("{\"text\":\"Hello world\",\"language\":\"en\",\"include_phonemes\":true}")));
	}

	@Test
	void predictDurationSendsTheSpeechFieldsItTakesAndReadsTheSeconds() {
		supertone.stubFor(post("/v1/predict-duration/" + VOICE).willReturn(okJson("{\"duration\":2.35,\"extra\":1}")));
		SupertoneSpeechRequest speech = SupertoneSpeechRequest.of("How long is this?", SupertoneLanguage.EN)
			.withStyle("happy")
			.withModel(SupertoneModel.SONA_SPEECH_2)
			.withOutputFormat(SupertoneOutputFormat.MP3)
			.withVoiceSettings(SupertoneVoiceSettings.defaults().withSpeed(1.5))
			.withNormalizedText("How long is this?")
			.withPhonemes();

		SupertoneDuration duration = this.api.predictDuration(VOICE, SupertoneDurationRequest.from(speech));

		assertThat(duration).isEqualTo(new SupertoneDuration(2.35));
		supertone.verify(postRequestedFor(urlEqualTo("/v1/predict-duration/" + VOICE))
			.withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"text":"How long is this?","language":"en","style":"happy","model":"sona_speech_2",
					 "output_format":"mp3","voice_settings":{"speed":1.5}}""")));
	}

	@Test
	void predictDurationOfPlainText() {
		supertone.stubFor(post("/v1/predict-duration/" + VOICE).willReturn(okJson("{}")));

		assertThat(this.api.predictDuration(VOICE, SupertoneDurationRequest.of("Hi", SupertoneLanguage.DE)).duration())
			.isNull();
		supertone.verify(postRequestedFor(urlEqualTo("/v1/predict-duration/" + VOICE))
			.withRequestBody(equalToJson("{\"text\":\"Hi\",\"language\":\"de\"}")));
	}

	// Voices

	@Test
	void listVoicesReadsTheDocumentedPageAndToleratesValuesSupertoneAdds() {
		supertone.stubFor(get(urlPathEqualTo("/v1/voices")).willReturn(okJson("""
				{"items":[{"voice_id":"v-agatha","name":"Agatha","description":"","age":"young-adult",
				  "gender":"female","use_case":"narration","use_cases":["narration","storytelling"],
				  "language":["ko","en","ja","xx"],"styles":["kind-default","normal","serene"],
				  "models":["sona_speech_1","supertonic_api_3","sona_speech_9"],
				  "samples":[{"language":"ko","style":"kind-default","model":"supertonic_api_1",
				   "url":"https://example.com/samples/sample-audio.wav","bitrate":128}],
				  "thumbnail_image_url":"https://example.com/thumbnails/voice-thumbnail.png","popularity":9}],
				 "total":150,"next_page_token":"some_opaque_token_string_representing_last_id"}""")));

		SupertoneVoicePage page = this.api.listVoices(50, "tok-1");

		assertThat(page.total()).isEqualTo(150);
		assertThat(page.hasNextPage()).isTrue();
		assertThat(page.nextPageToken()).isEqualTo("some_opaque_token_string_representing_last_id");
		assertThat(page.items()).containsExactly(new SupertoneVoice("v-agatha", "Agatha", "", "young-adult", "female",
				"narration", List.of("narration", "storytelling"),
				List.of(SupertoneLanguage.KO, SupertoneLanguage.EN, SupertoneLanguage.JA, SupertoneLanguage.UNKNOWN),
				List.of("kind-default", "normal", "serene"),
				List.of(SupertoneModel.SONA_SPEECH_1, SupertoneModel.SUPERTONIC_API_3, SupertoneModel.UNKNOWN),
				List.of(new SupertoneVoice.Sample(SupertoneLanguage.KO, "kind-default", SupertoneModel.SUPERTONIC_API_1,
						"https://example.com/samples/sample-audio.wav")),
				"https://example.com/thumbnails/voice-thumbnail.png"));
		supertone.verify(getRequestedFor(urlEqualTo("/v1/voices?page_size=50&next_page_token=tok-1"))
			.withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void listVoicesSendsNoParametersForTheFirstPageAndReadsTheLastPage() {
		supertone.stubFor(get(urlPathEqualTo("/v1/voices"))
			.willReturn(okJson("{\"items\":[],\"total\":0,\"next_page_token\":null}")));

		SupertoneVoicePage page = this.api.listVoices(null, null);

		assertThat(page.items()).isEmpty();
		assertThat(page.hasNextPage()).isFalse();
		supertone.verify(getRequestedFor(urlEqualTo("/v1/voices")));
	}

	@Test
	void searchVoicesSendsEveryDocumentedFilter() {
		supertone.stubFor(get(urlPathEqualTo("/v1/voices/search")).willReturn(okJson("""
				{"items":[],"total":0,"nextPageToken":"camel-7"}""")));

		SupertoneVoicePage page = this.api.searchVoices(SupertoneVoiceSearch.all()
			.withName("Coco")
			.withDescription("kind gentle")
			.withLanguages(SupertoneLanguage.KO, SupertoneLanguage.EN)
			.withGender("male,female")
			.withAge("young-adult")
			.withUseCase("narration")
			.withUseCases("audiobook,advertisement")
			.withStyle("happy;neutral")
			.withModels(SupertoneModel.SONA_SPEECH_1, SupertoneModel.SONA_SPEECH_2T)
			.withPageSize(100)
			.withNextPageToken("tok+2/="));

		assertThat(page.nextPageToken()).isEqualTo("camel-7");
		supertone.verify(getRequestedFor(urlPathEqualTo("/v1/voices/search")).withHeader("x-sup-api-key", equalTo(KEY))
			.withQueryParam("name", equalTo("Coco"))
			.withQueryParam("description", equalTo("kind gentle"))
			.withQueryParam("language", equalTo("ko,en"))
			.withQueryParam("gender", equalTo("male,female"))
			.withQueryParam("age", equalTo("young-adult"))
			.withQueryParam("use_case", equalTo("narration"))
			.withQueryParam("use_cases", equalTo("audiobook,advertisement"))
			.withQueryParam("style", equalTo("happy;neutral"))
			.withQueryParam("model", equalTo("sona_speech_1,sona_speech_2t"))
			.withQueryParam("page_size", equalTo("100"))
			.withQueryParam("next_page_token", equalTo("tok+2/=")));
		assertThat(queryNames(single())).containsExactlyInAnyOrder("name", "description", "language", "gender", "age",
				"use_case", "use_cases", "style", "model", "page_size", "next_page_token");
	}

	@Test
	void searchVoicesSendsOnlyTheFiltersThatAreSet() {
		supertone.stubFor(get(urlPathEqualTo("/v1/voices/search")).willReturn(okJson("{\"items\":[],\"total\":0}")));

		this.api.searchVoices(SupertoneVoiceSearch.all().withLanguages(SupertoneLanguage.JA));

		supertone.verify(getRequestedFor(urlEqualTo("/v1/voices/search?language=ja")));
	}

	@Test
	void getVoiceReadsAPresetVoice() {
		supertone.stubFor(get("/v1/voices/v-agatha").willReturn(okJson("""
				{"voice_id":"v-agatha","name":"Agatha","description":null,"age":"young-adult","gender":"female",
				 "use_case":"narration","use_cases":["narration"],"language":["en"],"styles":["neutral"],
				 "models":["sona_speech_2"]}""")));

		SupertoneVoice voice = this.api.getVoice("v-agatha");

		assertThat(voice.voiceId()).isEqualTo("v-agatha");
		assertThat(voice.description()).isNull();
		assertThat(voice.models()).containsExactly(SupertoneModel.SONA_SPEECH_2);
		assertThat(voice.samples()).isNull();
		supertone.verify(getRequestedFor(urlEqualTo("/v1/voices/v-agatha")).withHeader("x-sup-api-key", equalTo(KEY)));
	}

	// Custom voices

	@Test
	void createClonedVoiceUploadsTheRecordingAsAWavFilePart() throws IOException {
		byte[] recording = bytes(6 * 1024);
		Path file = Files.write(this.directory.resolve("sample.wav"), recording);
		supertone.stubFor(post("/v1/custom-voices/cloned-voice").willReturn(okJson("{\"voice_id\":\"voice_123456789\"}")));

		SupertoneClonedVoice voice = this.api.createClonedVoice(new FileSystemResource(file), "My Voice",
				"A warm voice");

		assertThat(voice).isEqualTo(new SupertoneClonedVoice("voice_123456789"));
		supertone.verify(postRequestedFor(urlEqualTo("/v1/custom-voices/cloned-voice"))
			.withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Content-Type", containing("multipart/form-data;"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBodyPart(aMultipart("files").withHeader("Content-Type", equalTo("audio/wav"))
				.withHeader("Content-Disposition", containing("filename=\"sample.wav\""))
				.withBody(binaryEqualTo(recording))
				.build())
			.withRequestBodyPart(aMultipart("name").withBody(equalTo("My Voice")).build())
			.withRequestBodyPart(aMultipart("description").withBody(equalTo("A warm voice")).build()));
	}

	@Test
	void createClonedVoiceLeavesOutAMissingDescriptionAndNamesMp3s() {
		supertone.stubFor(post("/v1/custom-voices/cloned-voice").willReturn(okJson("{\"voice_id\":\"voice_2\"}")));
		ByteArrayResource mp3 = new ByteArrayResource(bytes(512)) {

			@Override
			public String getFilename() {
				return "take.MP3";
			}

		};

		this.api.createClonedVoice(mp3, "Take", null);

		LoggedRequest request = single();
		assertThat(request.getParts()).extracting((part) -> part.getName()).containsExactly("files", "name");
		supertone.verify(postRequestedFor(urlEqualTo("/v1/custom-voices/cloned-voice"))
			.withRequestBodyPart(aMultipart("files").withHeader("Content-Type", equalTo("audio/mpeg")).build()));
	}

	@Test
	void createClonedVoiceFromAStreamNeedsAFileName() {
		supertone.stubFor(post("/v1/custom-voices/cloned-voice").willReturn(okJson("{\"voice_id\":\"voice_3\"}")));
		byte[] recording = bytes(1024);
		InputStreamResource stream = new InputStreamResource(new ByteArrayInputStream(recording));

		assertThatIllegalArgumentException().isThrownBy(() -> this.api.createClonedVoice(stream, "Stream", null))
			.withMessageContaining("SupertoneApi.audioPart(audio, filename)");
		assertThat(this.api.createClonedVoice(SupertoneApi.audioPart(stream, "voice.wav"), "Stream", null).voiceId())
			.isEqualTo("voice_3");

		supertone.verify(1, postRequestedFor(urlEqualTo("/v1/custom-voices/cloned-voice")));
		supertone.verify(postRequestedFor(urlEqualTo("/v1/custom-voices/cloned-voice"))
			.withRequestBodyPart(aMultipart("files").withHeader("Content-Type", equalTo("audio/wav"))
				.withHeader("Content-Disposition", containing("filename=\"voice.wav\""))
				.withBody(binaryEqualTo(recording))
				.build()));
	}

	@Test
	void listAndSearchCustomVoicesSendTheirParametersAndReadTheOffsetToken() {
		supertone.stubFor(get(urlPathEqualTo("/v1/custom-voices")).willReturn(okJson("""
				{"items":[{"voice_id":"voice_123456789","name":"My Custom Voice",
				  "description":"A warm and friendly voice for customer service","created":"later"}],
				 "total":25,"next_page_token":"10"}""")));
		supertone.stubFor(get(urlPathEqualTo("/v1/custom-voices/search")).willReturn(okJson("""
				{"items":[{"voice_id":"voice_1","name":"Narrator"}],"total":1,"next_page_token":null}""")));

		SupertoneCustomVoicePage listed = this.api.listCustomVoices(10, "0");
		SupertoneCustomVoicePage found = this.api.searchCustomVoices("my voice", "warm", 20, "10");
		this.api.searchCustomVoices(null, "warm", null, null);

		assertThat(listed).isEqualTo(new SupertoneCustomVoicePage(List.of(new SupertoneCustomVoice("voice_123456789",
				"My Custom Voice", "A warm and friendly voice for customer service")), 25L, "10"));
		assertThat(listed.hasNextPage()).isTrue();
		assertThat(found.items()).containsExactly(new SupertoneCustomVoice("voice_1", "Narrator", null));
		assertThat(found.hasNextPage()).isFalse();
		supertone.verify(getRequestedFor(urlEqualTo("/v1/custom-voices?page_size=10&next_page_token=0"))
			.withHeader("x-sup-api-key", equalTo(KEY)));
		supertone.verify(getRequestedFor(urlPathEqualTo("/v1/custom-voices/search"))
			.withQueryParam("name", equalTo("my voice"))
			.withQueryParam("description", equalTo("warm"))
			.withQueryParam("page_size", equalTo("20"))
			.withQueryParam("next_page_token", equalTo("10")));
		supertone.verify(getRequestedFor(urlEqualTo("/v1/custom-voices/search?description=warm")));
	}

	@Test
	void getEditAndDeleteACustomVoice() {
		supertone.stubFor(get("/v1/custom-voices/voice_1")
			.willReturn(okJson("{\"voice_id\":\"voice_1\",\"name\":\"Narrator\",\"description\":null}")));
		supertone.stubFor(patch(urlEqualTo("/v1/custom-voices/voice_1")).willReturn(okJson(
				"{\"voice_id\":\"voice_1\",\"name\":\"My Updated Voice\",\"description\":\"An updated voice\"}")));
		supertone.stubFor(delete("/v1/custom-voices/voice_1").willReturn(aResponse().withStatus(204)));

		assertThat(this.api.getCustomVoice("voice_1")).isEqualTo(new SupertoneCustomVoice("voice_1", "Narrator", null));
		assertThat(this.api.editCustomVoice("voice_1", SupertoneCustomVoiceUpdate.name("My Updated Voice")))
			.isEqualTo(new SupertoneCustomVoice("voice_1", "My Updated Voice", "An updated voice"));
		this.api.editCustomVoice("voice_1", SupertoneCustomVoiceUpdate.description("An updated voice"));
		this.api.deleteCustomVoice("voice_1");

		supertone.verify(getRequestedFor(urlEqualTo("/v1/custom-voices/voice_1")).withHeader("x-sup-api-key", equalTo(KEY)));
		supertone.verify(patchRequestedFor(urlEqualTo("/v1/custom-voices/voice_1"))
			.withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"name\":\"My Updated Voice\"}")));
		supertone.verify(patchRequestedFor(urlEqualTo("/v1/custom-voices/voice_1"))
			.withRequestBody(equalToJson("{\"description\":\"An updated voice\"}")));
		supertone.verify(deleteRequestedFor(urlEqualTo("/v1/custom-voices/voice_1")).withHeader("x-sup-api-key",
				equalTo(KEY)));
	}

	// Credits and usage

	@Test
	void getCreditsReadsTheBalance() {
		supertone.stubFor(get("/v1/credits").willReturn(okJson("{\"balance\":146}")));

		assertThat(this.api.getCredits()).isEqualTo(new SupertoneCredits(146.0));
		supertone.verify(getRequestedFor(urlEqualTo("/v1/credits")).withHeader("x-sup-api-key", equalTo(KEY))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void getCreditsToleratesANullBalance() {
		supertone.stubFor(get("/v1/credits").willReturn(okJson("{\"balance\":null}")));

		assertThat(this.api.getCredits().balance()).isNull();
	}

	@Test
	void getVoiceUsageSendsTheDaysAndReadsTheRecords() {
		supertone.stubFor(get(urlPathEqualTo("/v1/voice-usage")).willReturn(okJson("""
				{"usages":[{"date":"2024-11-01","voice_id":"v-agatha","name":"Agatha","style":"neutral",
				  "language":"ko","total_minutes_used":12.5,"model":"sona_speech_1",
				  "thumbnail_url":"https://example.com/t.png","cost":3},
				 {"date":"2024-11-02","voice_id":"voice_1","total_minutes_used":0.25}]}""")));

		SupertoneVoiceUsage usage = this.api.getVoiceUsage(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30));

		assertThat(usage.usages()).containsExactly(
				new SupertoneVoiceUsage.Entry("2024-11-01", "v-agatha", "Agatha", "neutral", "ko", 12.5,
						"sona_speech_1", "https://example.com/t.png"),
				new SupertoneVoiceUsage.Entry("2024-11-02", "voice_1", null, null, null, 0.25, null, null));
		supertone.verify(getRequestedFor(urlEqualTo("/v1/voice-usage?start_date=2024-11-01&end_date=2024-11-30"))
			.withHeader("x-sup-api-key", equalTo(KEY)));
	}

	@Test
	void getUsageSendsTheRangeInRfc3339AndOneParameterPerBreakdown() {
		supertone.stubFor(get(urlPathEqualTo("/v1/usage")).willReturn(okJson("""
				{"data":[{"starting_at":"2024-01-01T00:00:00+09:00","ending_at":"2024-01-01T01:00:00+09:00",
				  "results":[{"voice_name":"Agatha","model":"sona_speech_1","minutes_used":1.5},
				   {"voice_name":"Coco","model":"sona_speech_2","minutes_used":0.5,"region":"kr"}]}],
				 "next_page_token":"p2","total":24}""")));
		ZoneOffset seoul = ZoneOffset.ofHours(9);

		SupertoneUsage usage = this.api.getUsage(SupertoneUsageQuery
			.between(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, seoul),
					OffsetDateTime.of(2024, 1, 31, 23, 59, 59, 500_000_000, seoul))
			.withBucketWidth(BucketWidth.HOUR)
			.withBreakdown(Breakdown.VOICE_NAME, Breakdown.MODEL)
			.withPageSize(20)
			.withNextPageToken("p1"));

		assertThat(usage.total()).isEqualTo(24);
		assertThat(usage.hasNextPage()).isTrue();
		assertThat(usage.data()).containsExactly(new SupertoneUsage.Bucket("2024-01-01T00:00:00+09:00",
				"2024-01-01T01:00:00+09:00", List.of(new SupertoneUsage.Result(null, "Agatha", null, "sona_speech_1", 1.5),
						new SupertoneUsage.Result(null, "Coco", null, "sona_speech_2", 0.5))));
		supertone.verify(getRequestedFor(urlPathEqualTo("/v1/usage")).withHeader("x-sup-api-key", equalTo(KEY))
			.withQueryParam("start_time", equalTo("2024-01-01T00:00:00+09:00"))
			.withQueryParam("end_time", equalTo("2024-01-31T23:59:59+09:00"))
			.withQueryParam("bucket_width", equalTo("hour"))
			.withQueryParam("breakdown_type", equalTo("voice_name"))
			.withQueryParam("breakdown_type", equalTo("model"))
			.withQueryParam("page_size", equalTo("20"))
			.withQueryParam("next_page_token", equalTo("p1")));
		assertThat(single().queryParameter("breakdown_type").values()).containsExactly("voice_name", "model");
	}

	@Test
	void getUsageWithOnlyARangeSendsOnlyTheRange() {
		supertone.stubFor(get(urlPathEqualTo("/v1/usage")).willReturn(okJson("{\"data\":[],\"total\":0}")));

		SupertoneUsage usage = this.api.getUsage(SupertoneUsageQuery.between(
				OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
				OffsetDateTime.of(2024, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC)));

		assertThat(usage.data()).isEmpty();
		assertThat(usage.hasNextPage()).isFalse();
		assertThat(queryNames(single())).containsExactlyInAnyOrder("start_time", "end_time");
		supertone.verify(getRequestedFor(urlPathEqualTo("/v1/usage"))
			.withQueryParam("start_time", equalTo("2024-01-01T00:00:00Z"))
			.withQueryParam("end_time", equalTo("2024-01-02T00:00:00Z")));
	}

	// Errors

	@Test
	void aBadRequestJoinsSupertonesValidationMessages() {
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE).willReturn(error(400, """
				{"status":"error","message":{"statusCode":400,"message":["The text must be less than 200 characters",
				 "language must be one of the following values: en, ko, ja"],"error":"Bad Request"}}""")));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.api.createSpeech(VOICE, SupertoneSpeechRequest.of("x".repeat(301), SupertoneLanguage.EN)))
			.withMessage("Provider 'supertone' answered HTTP 400 Bad Request: The text must be less than 200 characters; "
					+ "language must be one of the following values: en, ko, ja")
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void aBadKeyIsAnAuthenticationFailure() {
		supertone.stubFor(get("/v1/credits").willReturn(error(401, """
				{"status":"error","message":{"statusCode":401,"message":"Invalid API key","error":"Unauthorized"}}""")));

		assertThatExceptionOfType(ProviderAuthenticationException.class).isThrownBy(this.api::getCredits)
			.withMessage("Provider 'supertone' rejected the credential (HTTP 401 Unauthorized): Invalid API key");
	}

	@Test
	void aValidKeyWithoutPermissionIsAccessDenied() {
		supertone.stubFor(post("/v1/text-to-speech/voice_of_another_account").willReturn(error(403, """
				{"status":"error","message":{"message":"Permission denied","error":"Forbidden","statusCode":403}}""")));
		supertone.stubFor(post("/v1/custom-voices/cloned-voice").willReturn(error(403, """
				{"status":"error","message":{"message":"Insufficient tier access (STARTER tier or higher required)",
				 "error":"Forbidden","status_code":403}}""")));

		assertThatExceptionOfType(ProviderAccessDeniedException.class)
			.isThrownBy(() -> this.api.createSpeech("voice_of_another_account",
					SupertoneSpeechRequest.of("Hi", SupertoneLanguage.EN), this.directory.resolve("never.wav")))
			.withMessage("Provider 'supertone' denied access (HTTP 403 Forbidden): Permission denied");
		assertThat(this.directory.resolve("never.wav")).doesNotExist();
		assertThatExceptionOfType(ProviderAccessDeniedException.class)
			.isThrownBy(() -> this.api.createClonedVoice(SupertoneApi.audioPart(new ByteArrayResource(bytes(8)), "a.wav"),
					"A", null))
			.withMessage("Provider 'supertone' denied access (HTTP 403 Forbidden): Insufficient tier access "
					+ "(STARTER tier or higher required)");
	}

	@Test
	void noCreditsLeftIsInsufficientCreditsWithoutNumbers() {
		supertone.stubFor(post("/v1/text-to-speech/" + VOICE + "/stream").willReturn(error(402, """
				{"status":"error","message":{"message":"Not enough credits","error":"Payment Required","statusCode":402}}""")));

		assertThatExceptionOfType(InsufficientCreditsException.class)
			.isThrownBy(() -> this.api.streamSpeech(VOICE, SupertoneSpeechRequest.of("Hi", SupertoneLanguage.EN)))
			.withMessage("Provider 'supertone' answered HTTP 402 Payment Required: Not enough credits")
			.satisfies((ex) -> {
				assertThat(ex.getAvailable()).isEmpty();
				assertThat(ex.getRequired()).isEmpty();
			});
	}

	@Test
	void otherErrorsCarrySupertonesMessage() {
		supertone.stubFor(get("/v1/voices/nope").willReturn(error(404, """
				{"status":"error","message":{"statusCode":404,"message":"Voice not found","error":"Not Found"}}""")));
		supertone.stubFor(post("/v1/custom-voices/cloned-voice").willReturn(error(415, """
				{"status":"error","message":{"statusCode":415,
				 "message":"Unsupported audio format. Supported formats: WAV, MP3. Received: application/json",
				 "error":"Unsupported Media Type"}}""")));
		supertone.stubFor(post("/v1/predict-duration/" + VOICE).willReturn(error(500, """
				{"status":"error","message":"Failed to convert text to speech"}""")));

		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> this.api.getVoice("nope"))
			.withMessage("Provider 'supertone' answered HTTP 404 Not Found: Voice not found");
		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.api.createClonedVoice(SupertoneApi.audioPart(new ByteArrayResource(bytes(8)), "a.ogg"),
					"A", null))
			.withMessage("Provider 'supertone' answered HTTP 415 Unsupported Media Type: Unsupported audio format. "
					+ "Supported formats: WAV, MP3. Received: application/json");
		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.api.predictDuration(VOICE, SupertoneDurationRequest.of("Hi", SupertoneLanguage.EN)))
			.withMessage("Provider 'supertone' answered HTTP 500 Internal Server Error: Failed to convert text to speech");
	}

	private static ResponseDefinitionBuilder error(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static LoggedRequest single() {
		List<LoggedRequest> requests = supertone.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private static List<String> queryNames(LoggedRequest request) {
		String url = request.getUrl();
		String query = url.substring(url.indexOf('?') + 1);
		return List.of(query.split("&")).stream().map((pair) -> pair.substring(0, pair.indexOf('='))).toList();
	}

	private static byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

	/**
	 * The API, with the stream of every download wrapped to tell when it is closed; its
	 * default methods run as they are.
	 */
	private SupertoneApi watchingStreams(AtomicBoolean closed) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.isDefault()) {
				return InvocationHandler.invokeDefault(proxy, method, args);
			}
			Object result;
			try {
				result = method.invoke(this.api, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof ResponseEntity<?> entity && entity.getBody() instanceof InputStream body) {
				InputStream watched = new FilterInputStream(body) {

					@Override
					public void close() throws IOException {
						closed.set(true);
						super.close();
					}

				};
				return new ResponseEntity<>(watched, entity.getHeaders(), entity.getStatusCode());
			}
			return result;
		};
		return (SupertoneApi) Proxy.newProxyInstance(SupertoneApi.class.getClassLoader(),
				new Class<?>[] { SupertoneApi.class }, handler);
	}

}
