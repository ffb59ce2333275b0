package io.github.genmedia.providers.suno;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SunoApi} on the wire: each request as Suno's clients send it (research notes on
 * {@code gcui-art/suno-api}), and the answers they read turned into records. The JWT is
 * a fixed bearer here; minting it from the cookie is tested with {@link SunoAccount}.
 */
class SunoApiWireTest {

	private static final String JWT = TestJwts.expiringAt(Instant.parse("2030-01-01T00:00:00Z"));

	private static final String GENERATE = "/api/generate/v2/";

	@RegisterExtension
	static WireMockExtension suno = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SunoApi api = TypedApis.create(SunoApi.class, "suno", suno.baseUrl(), ProviderAuth.bearer(null),
			JWT, new SunoErrorDecoder());

	@Test
	void billingInfoReadsTheCreditsAndANullPeriod() {
		suno.stubFor(get("/api/billing/info/").willReturn(okJson("""
				{"total_credits_left":50,"period":null,"monthly_limit":50,"monthly_usage":0,
				 "is_active":true,"plan":{"name":"Free"}}""")));

		SunoBillingInfo billing = this.api.getBillingInfo();

		assertThat(billing).isEqualTo(new SunoBillingInfo(50, null, 50L, 0L));
		suno.verify(getRequestedFor(urlEqualTo("/api/billing/info/")).withHeader("Authorization", equalTo("Bearer " + JWT))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void billingInfoReadsAPeriod() {
		suno.stubFor(get("/api/billing/info/").willReturn(
				okJson("{\"total_credits_left\":2450,\"period\":\"month\",\"monthly_limit\":2500,\"monthly_usage\":50}")));

		assertThat(this.api.getBillingInfo()).isEqualTo(new SunoBillingInfo(2450, "month", 2500L, 50L));
	}

	@Test
	void feedAsksForCommaSeparatedIdsAndAPageAndReadsEveryStatus() {
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).willReturn(okJson("""
				{"clips":[
				 {"id":"c-1","status":"submitted","title":"","audio_url":"","video_url":"","image_url":null,
				  "created_at":"2024-11-08T17:08:56.613Z","model_name":"chirp-v3","major_model_version":"v3",
				  "metadata":{"prompt":"","gpt_description_prompt":"a love song","type":"gen","stream":true},
				  "is_liked":false,"play_count":0},
				 {"id":"c-2","status":"queue","metadata":{}},
				 {"id":"c-3","status":"streaming","audio_url":"https://audiopipe.suno.ai/?item_id=c-3"},
				 {"id":"c-4","status":"complete","title":"Love","audio_url":"https://cdn1.suno.ai/c-4.mp3",
				  "image_url":"https://cdn2.suno.ai/image_c-4.jpeg","image_large_url":"https://cdn2.suno.ai/image_large_c-4.jpeg",
				  "metadata":{"tags":"pop","negative_tags":"metal","duration":187.4,"prompt":"[Verse]\\nLa la"}},
				 {"id":"c-5","status":"error","metadata":{"error_message":"Lyrics contain restricted words","duration":"12.5"}},
				 {"id":"c-6","status":"paused","metadata":{"duration":null}}
				],"num_total_results":6,"current_page":2}""")));

		List<SunoClip> clips = this.api.getFeed("c-1,c-2,c-3,c-4,c-5,c-6", 2).clips();

		suno.verify(getRequestedFor(urlPathEqualTo("/api/feed/v2"))
			.withQueryParam("ids", equalTo("c-1,c-2,c-3,c-4,c-5,c-6"))
			.withQueryParam("page", equalTo("2"))
			.withHeader("Authorization", equalTo("Bearer " + JWT)));
		assertThat(clips).extracting(SunoClip::status)
			.containsExactly(SunoClipStatus.SUBMITTED, SunoClipStatus.QUEUED, SunoClipStatus.STREAMING,
					SunoClipStatus.COMPLETE, SunoClipStatus.ERROR, SunoClipStatus.UNKNOWN);
		assertThat(clips).extracting((clip) -> clip.status().isTerminal())
			.containsExactly(false, false, false, true, true, false);
		assertThat(clips).extracting((clip) -> clip.status().isPlayable())
			.containsExactly(false, false, true, true, false, false);
		assertThat(clips.get(0)).isEqualTo(new SunoClip("c-1", SunoClipStatus.SUBMITTED, "", "", "", null, null,
				"2024-11-08T17:08:56.613Z", "chirp-v3", "v3",
				new SunoClip.Metadata("", "a love song", "gen", null, null, null, null, true)));
		assertThat(clips.get(2).audioUrl()).isEqualTo("https://audiopipe.suno.ai/?item_id=c-3");
		assertThat(clips.get(3)).isEqualTo(new SunoClip("c-4", SunoClipStatus.COMPLETE, "Love",
				"https://cdn1.suno.ai/c-4.mp3", null, "https://cdn2.suno.ai/image_c-4.jpeg",
				"https://cdn2.suno.ai/image_large_c-4.jpeg", null, null, null,
				new SunoClip.Metadata("[Verse]\nLa la", null, null, "pop", "metal", 187.4, null, null)));
		assertThat(clips.get(4).metadata().errorMessage()).isEqualTo("Lyrics contain restricted words");
		assertThat(clips.get(4).metadata().duration()).isEqualTo(12.5);
		assertThat(clips.get(5).metadata().duration()).isNull();
	}

	@Test
	void feedOfAListSendsNoPage() {
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).willReturn(okJson("{\"clips\":[{\"id\":\"a\"},{\"id\":\"b\"}]}")));

		SunoFeed feed = this.api.getFeed(List.of("a", "b"));

		assertThat(feed.clips()).extracting(SunoClip::id).containsExactly("a", "b");
		// the comma percent-encoded, as the proxy's URLSearchParams sends it too
		suno.verify(getRequestedFor(urlEqualTo("/api/feed/v2?ids=a%2Cb")).withQueryParam("page", absent()));
	}

	@Test
	void clipReadsOneClip() {
		suno.stubFor(get("/api/clip/c-4").willReturn(okJson("""
				{"id":"c-4","status":"complete","title":"Love","audio_url":"https://cdn1.suno.ai/c-4.mp3",
				 "model_name":"chirp-v4","metadata":{"duration":120.0},"reaction":null}""")));

		SunoClip clip = this.api.getClip("c-4");

		assertThat(clip.id()).isEqualTo("c-4");
		assertThat(clip.status()).isEqualTo(SunoClipStatus.COMPLETE);
		assertThat(clip.modelName()).isEqualTo("chirp-v4");
		assertThat(clip.metadata().duration()).isEqualTo(120.0);
		suno.verify(getRequestedFor(urlEqualTo("/api/clip/c-4")).withHeader("Authorization", equalTo("Bearer " + JWT)));
	}

	@Test
	void generateInDescriptionModeSendsAnEmptyPromptAndANullToken() {
		suno.stubFor(post(GENERATE).willReturn(okJson("""
				{"id":"97dcb5a7","clips":[
				 {"id":"51614f77","video_url":"","audio_url":"","is_video_pending":false,"major_model_version":"v3",
				  "model_name":"chirp-v3","metadata":{"prompt":"","gpt_description_prompt":"a love song in hindi",
				  "type":"gen","stream":true},"is_liked":false,"created_at":"2024-11-08T17:08:56.613Z",
				  "status":"submitted","title":"","play_count":0},
				 {"id":"62725088","audio_url":"","status":"submitted","title":""}],
				 "metadata":{"prompt":"","gpt_description_prompt":"a love song in hindi","type":"gen","stream":true},
				 "major_model_version":"v3","status":"complete","created_at":"2024-11-08T17:08:56.603Z",
				 "batch_size":1}""")));

		SunoGeneration generation = this.api
			.generate(SunoGenerateRequest.fromDescription("a love song in hindi", "chirp-v3-5"));

		suno.verify(postRequestedFor(urlEqualTo(GENERATE)).withHeader("Authorization", equalTo("Bearer " + JWT))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"make_instrumental":false,"mv":"chirp-v3-5","prompt":"","generation_type":"TEXT",
					 "token":null,"gpt_description_prompt":"a love song in hindi"}""")));
		assertThat(sentBody(GENERATE)).contains("\"token\":null");
		assertThat(generation.id()).isEqualTo("97dcb5a7");
		assertThat(generation.clipIds()).containsExactly("51614f77", "62725088");
		assertThat(generation.clips()).extracting(SunoClip::status)
			.containsOnly(SunoClipStatus.SUBMITTED);
		assertThat(generation.clips().get(0).audioUrl()).isEmpty();
		assertThat(generation.status()).isEqualTo("complete");
		assertThat(generation.majorModelVersion()).isEqualTo("v3");
		assertThat(generation.createdAt()).isEqualTo("2024-11-08T17:08:56.603Z");
		assertThat(generation.batchSize()).isEqualTo(1);
		assertThat(generation.metadata().gptDescriptionPrompt()).isEqualTo("a love song in hindi");
	}

	@Test
	void generateInCustomModeSendsLyricsStylesTitleAndAToken() {
		suno.stubFor(post(GENERATE).willReturn(okJson("{\"clips\":[{\"id\":\"c-1\",\"status\":\"submitted\"}]}")));

		this.api.generate(SunoGenerateRequest.fromLyrics("[Verse]\nWalking down the road", "pop, acoustic",
				"Summer Days", "chirp-v4")
			.withNegativeTags("metal")
			.instrumental()
			.withToken("P1_eyJ0eXAiOiJKV1Qi"));

		suno.verify(postRequestedFor(urlEqualTo(GENERATE)).withRequestBody(equalToJson("""
				{"make_instrumental":true,"mv":"chirp-v4","prompt":"[Verse]\\nWalking down the road",
				 "generation_type":"TEXT","token":"P1_eyJ0eXAiOiJKV1Qi","tags":"pop, acoustic",
				 "title":"Summer Days","negative_tags":"metal"}""")));
	}

	@Test
	void generateAnExtensionSendsTheClipWhereToContinueAndTheTask() {
		suno.stubFor(post(GENERATE).willReturn(okJson("{\"clips\":[{\"id\":\"c-9\",\"status\":\"submitted\"}]}")));

		this.api.generate(SunoGenerateRequest.extend("c-4", 30.5, "[Bridge]\nOne more time", "pop", "Love (part 2)",
				"chirp-v3-5"));

		suno.verify(postRequestedFor(urlEqualTo(GENERATE)).withRequestBody(equalToJson("""
				{"make_instrumental":false,"mv":"chirp-v3-5","prompt":"[Bridge]\\nOne more time",
				 "generation_type":"TEXT","continue_at":30.5,"continue_clip_id":"c-4","task":"extend",
				 "token":null,"tags":"pop","title":"Love (part 2)"}""")));
	}

	@Test
	void captchaCheckAsksAboutGeneration() {
		suno.stubFor(post("/api/c/check").inScenario("captcha")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"required\":false}"))
			.willSetStateTo("risky"));
		suno.stubFor(post("/api/c/check").inScenario("captcha")
			.whenScenarioStateIs("risky")
			.willReturn(okJson("{\"required\":true,\"captcha_version\":1}")));

		assertThat(this.api.checkCaptcha(SunoCaptchaCheck.generation())).isEqualTo(new SunoCaptchaStatus(false));
		assertThat(this.api.isCaptchaRequiredForGeneration()).isTrue();

		suno.verify(2, postRequestedFor(urlEqualTo("/api/c/check")).withHeader("Authorization", equalTo("Bearer " + JWT))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"ctype\":\"generation\"}")));
	}

	@Test
	void lyricsStartThenArePolledUntilComplete() {
		suno.stubFor(post("/api/generate/lyrics/").willReturn(okJson("{\"id\":\"l-7\"}")));
		suno.stubFor(get("/api/generate/lyrics/l-7").inScenario("lyrics")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"text\":\"\",\"title\":\"\",\"status\":\"running\"}"))
			.willSetStateTo("written"));
		suno.stubFor(get("/api/generate/lyrics/l-7").inScenario("lyrics")
			.whenScenarioStateIs("written")
			.willReturn(okJson("""
					{"text":"[Verse]\\nWaves on the shore","title":"The Sea","status":"complete",
					 "error_message":""}""")));

		SunoLyricsJob job = this.api.generateLyrics(new SunoLyricsRequest("a song about the sea"));
		SunoLyrics writing = this.api.getLyrics(job.id());
		SunoLyrics written = this.api.getLyrics(job.id());

		assertThat(job).isEqualTo(new SunoLyricsJob("l-7"));
		assertThat(writing.isComplete()).isFalse();
		assertThat(written).isEqualTo(new SunoLyrics("[Verse]\nWaves on the shore", "The Sea", "complete"));
		assertThat(written.isComplete()).isTrue();
		suno.verify(postRequestedFor(urlEqualTo("/api/generate/lyrics/"))
			.withHeader("Authorization", equalTo("Bearer " + JWT))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"prompt\":\"a song about the sea\"}")));
		suno.verify(2, getRequestedFor(urlEqualTo("/api/generate/lyrics/l-7")));
	}

	@Test
	void tokenValidationFailedIsACaptchaRequiredExceptionSayingWhatToDo() {
		suno.stubFor(post(GENERATE).willReturn(errorBody(422, "{\"detail\":\"Token validation failed.\"}")));

		assertThatExceptionOfType(SunoCaptchaRequiredException.class)
			.isThrownBy(() -> this.api.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")))
			.withMessage("Provider 'suno' answered HTTP 422 Unprocessable Content: Token validation failed. "
					+ "Suno demands a captcha for this account before it generates, and this starter does not "
					+ "solve captchas. Pass a token obtained elsewhere in the request's token field "
					+ "(SunoGenerateRequest.withToken), generate from the browser at https://suno.com/create, or "
					+ "wait and try again later: Suno asks for captchas after several quick generations.")
			.satisfies((ex) -> {
				assertThat(ex.getProviderMessage()).isEqualTo("Token validation failed.");
				assertThat(ex.getStatusCode().value()).isEqualTo(422);
				assertThat(ex.getProvider()).isEqualTo("suno");
			});
	}

	@Test
	void another422IsAPlainApiException() {
		suno.stubFor(post(GENERATE).willReturn(errorBody(422, "{\"detail\":\"Invalid model chirp-v9\"}")));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.api.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v9")))
			.withMessage("Provider 'suno' answered HTTP 422 Unprocessable Content: Invalid model chirp-v9")
			.isNotInstanceOf(SunoCaptchaRequiredException.class);
	}

	@Test
	void unauthorizedAndPaymentRequiredGetTheirExceptions() {
		suno.stubFor(post(GENERATE).willReturn(errorBody(401, "{\"detail\":\"Unauthorized\"}")));
		suno.stubFor(post("/api/generate/lyrics/")
			.willReturn(errorBody(402, "{\"detail\":\"Insufficient credits.\"}")));

		assertThatExceptionOfType(ProviderAuthenticationException.class)
			.isThrownBy(() -> this.api.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")))
			.withMessage("Provider 'suno' rejected the credential (HTTP 401 Unauthorized): Unauthorized");
		assertThatExceptionOfType(InsufficientCreditsException.class)
			.isThrownBy(() -> this.api.generateLyrics(new SunoLyricsRequest("sea")))
			.withMessage("Provider 'suno' answered HTTP 402 Payment Required: Insufficient credits.")
			.satisfies((ex) -> assertThat(ex.getAvailable()).isEmpty());
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder errorBody(int status,
			String json) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json);
	}

	private static String sentBody(String path) {
		return suno.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBodyAsString();
	}

}
