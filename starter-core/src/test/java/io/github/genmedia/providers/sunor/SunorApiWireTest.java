package io.github.genmedia.providers.sunor;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SunorApi} on the wire: each request as docs.sunor.cc describes it, and the
 * documented answers read into records.
 */
class SunorApiWireTest {

	private static final String KEY = "sk-sunor-6a1f93";

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SunorApi api = TypedApis.create(SunorApi.class, "sunor", sunor.baseUrl() + "/api/v1",
			ProviderAuth.header("x-api-key", null), KEY, new SunorErrorDecoder());

	@Test
	void createTaskPostsSunoMusicFromADescription() {
		sunor.stubFor(post("/api/v1/task").willReturn(okJson("""
				{"code":200,"data":{"task_id":"t-81","type":"music","status":"pending",
				 "credits_charged":10,"created_at":"2026-11-29T10:00:00Z"}}""")));

		SunorResponse<SunorCreatedTask> created = this.api.createTask(SunorTaskRequest
			.sunoMusic(SunorTaskInput.SunoMusic.fromDescription("A cheerful acoustic guitar song about summer")
				.instrumental()));

		assertThat(created.code()).isEqualTo(200);
		assertThat(created.data()).isEqualTo(new SunorCreatedTask("t-81", "music", SunorTaskStatus.PENDING, 10L,
				"2026-11-29T10:00:00Z"));
		sunor.verify(postRequestedFor(urlEqualTo("/api/v1/task")).withHeader("x-api-key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"suno","task_type":"music","input":{
					 "gpt_description_prompt":"A cheerful acoustic guitar song about summer",
					 "make_instrumental":true}}""")));
	}

	@Test
	void createTaskPostsCustomModeLyricsAndOmitsWhatIsNotSet() {
		sunor.stubFor(post("/api/v1/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-82\"}}")));

		this.api.createTask(SunorTaskRequest.sunoMusic(
				SunorTaskInput.SunoMusic.fromLyrics("[Verse]\nWalking down the sunlit road", "pop, acoustic", "Summer Days")));

		sunor.verify(postRequestedFor(urlEqualTo("/api/v1/task")).withRequestBody(equalToJson("""
				{"model":"suno","task_type":"music","input":{"prompt":"[Verse]\\nWalking down the sunlit road",
				 "tags":"pop, acoustic","title":"Summer Days"}}""")));
	}

	@Test
	void createTaskPostsLyricsUploadConcatAndUdioInputs() {
		sunor.stubFor(post("/api/v1/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t\"}}")));

		this.api.createTask(SunorTaskRequest.sunoLyrics("a song about the sea"));
		this.api.createTask(SunorTaskRequest.sunoUpload("https://example.com/take.mp3"));
		this.api.createTask(SunorTaskRequest.sunoConcat("clip-9"));
		this.api.createTask(SunorTaskRequest.udioMusic(new SunorTaskInput.UdioMusic("indie folk, acoustic",
				"[Verse]\nWe are the dreamers", SunorTaskInput.LyricsType.USER, null, 42L)));
		this.api.createTask(SunorTaskRequest.of("suno", "music", Map.of("gpt_description_prompt", "jazz")));

		sunor.verify(postRequestedFor(urlEqualTo("/api/v1/task")).withRequestBody(
				equalToJson("{\"model\":\"suno\",\"task_type\":\"lyrics\",\"input\":{\"prompt\":\"a song about the sea\"}}")));
		sunor.verify(postRequestedFor(urlEqualTo("/api/v1/task")).withRequestBody(equalToJson(
				"{\"model\":\"suno\",\"task_type\":\"upload\",\"input\":{\"url\":\"https://example.com/take.mp3\"}}")));
		sunor.verify(postRequestedFor(urlEqualTo("/api/v1/task")).withRequestBody(
				equalToJson("{\"model\":\"suno\",\"task_type\":\"concat\",\"input\":{\"clip_id\":\"clip-9\"}}")));
		sunor.verify(postRequestedFor(urlEqualTo("/api/v1/task")).withRequestBody(equalToJson("""
				{"model":"udio","task_type":"music","input":{"prompt":"indie folk, acoustic",
				 "lyrics":"[Verse]\\nWe are the dreamers","lyrics_type":"user","seed":42}}""")));
		sunor.verify(postRequestedFor(urlEqualTo("/api/v1/task")).withRequestBody(
				equalToJson("{\"model\":\"suno\",\"task_type\":\"music\",\"input\":{\"gpt_description_prompt\":\"jazz\"}}")));
	}

	@Test
	void getTaskReadsACompletedMusicTaskWithItsClips() {
		sunor.stubFor(get("/api/v1/task/t-81").willReturn(okJson("""
				{"code":200,"data":{"task_id":"t-81","model":"suno","type":"music","status":"success",
				 "credits_cost":10,"input":{"gpt_description_prompt":"summer"},
				 "output":{"task_type":"music","status":"completed","progress":"100%","fail_reason":null,
				  "result":[{"id":"c-1","title":"Summer","audio_url":"https://cdn1.suno.ai/c-1.mp3",
				   "image_url":"https://cdn1.suno.ai/c-1.jpg","metadata":{"duration":187.4,"tags":"acoustic"},
				   "added_later":true}]},
				 "error":null,"created_at":"2026-11-29T10:00:00Z","completed_at":"2026-11-29T10:02:10Z",
				 "a_field_sunor_added":1}}""")));

		SunorTask task = this.api.getTask("t-81").data();

		assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
		assertThat(task.status().isTerminal()).isTrue();
		assertThat(task.creditsCost()).isEqualTo(10);
		assertThat(task.errorMessage()).isNull();
		assertThat(task.output().progress()).isEqualTo("100%");
		assertThat(task.output().clips()).containsExactly(new SunorClip("c-1", "Summer",
				"https://cdn1.suno.ai/c-1.mp3", "https://cdn1.suno.ai/c-1.jpg", null,
				new SunorClip.Metadata(187.4, "acoustic", null)));
		sunor.verify(getRequestedFor(urlEqualTo("/api/v1/task/t-81")).withHeader("x-api-key", equalTo(KEY)));
	}

	@Test
	void getTaskToleratesAStatusSunorAddsAndAPendingTaskWithoutOutput() {
		sunor.stubFor(get("/api/v1/task/t-2").willReturn(okJson("""
				{"code":200,"data":{"task_id":"t-2","status":"paused","output":null,"error":null}}""")));
		sunor.stubFor(get("/api/v1/task/t-3").willReturn(okJson("""
				{"code":200,"data":{"task_id":"t-3","status":"failure","error":"content_moderation"}}""")));

		SunorTask paused = this.api.getTask("t-2").data();
		SunorTask failed = this.api.getTask("t-3").data();

		assertThat(paused.status()).isEqualTo(SunorTaskStatus.UNKNOWN);
		assertThat(paused.status().isTerminal()).isFalse();
		assertThat(paused.output()).isNull();
		assertThat(failed.status()).isEqualTo(SunorTaskStatus.FAILURE);
		assertThat(failed.errorMessage()).isEqualTo("content_moderation");
	}

	@Test
	void balanceAndUsageReadTheDocumentedShapes() {
		sunor.stubFor(get("/api/v1/account/balance")
			.willReturn(okJson("{\"code\":200,\"data\":{\"available\":950,\"frozen\":10,\"total\":960}}")));
		sunor.stubFor(get("/api/v1/account/usage").willReturn(
				okJson("{\"code\":200,\"data\":{\"tasks_created\":42,\"credits_used\":350,\"credits_topped_up\":1000}}")));

		assertThat(this.api.getBalance().data()).isEqualTo(new SunorBalance(950, 10, 960));
		assertThat(this.api.getUsage().data()).isEqualTo(new SunorUsage(42, 350, 1000));
		sunor.verify(getRequestedFor(urlEqualTo("/api/v1/account/balance")).withHeader("x-api-key", equalTo(KEY)));
	}

	@Test
	void insufficientCreditsCarriesSunorsNumbers() {
		sunor.stubFor(post("/api/v1/task").willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":402,\"message\":\"Insufficient credits: available 3, required 10\"}")));

		assertThatExceptionOfType(InsufficientCreditsException.class)
			.isThrownBy(() -> this.api.createTask(SunorTaskRequest.sunoLyrics("sea")))
			.withMessage("Provider 'sunor' answered HTTP 402 Payment Required: Insufficient credits: available 3, "
					+ "required 10")
			.satisfies((ex) -> {
				assertThat(ex.getAvailable()).hasValue(3);
				assertThat(ex.getRequired()).hasValue(10);
			});
	}

	@Test
	void otherErrorsCarrySunorsMessage() {
		sunor.stubFor(get("/api/v1/task/nope").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":404,\"message\":\"Task not found\"}")));
		sunor.stubFor(get("/api/v1/account/balance").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":401,\"message\":\"Invalid API key\"}")));

		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> this.api.getTask("nope"))
			.withMessage("Provider 'sunor' answered HTTP 404 Not Found: Task not found");
		assertThatExceptionOfType(ProviderAuthenticationException.class).isThrownBy(this.api::getBalance)
			.withMessage("Provider 'sunor' rejected the credential (HTTP 401 Unauthorized): Invalid API key");
	}

	@Test
	void a402WithoutNumbersIsStillInsufficientCredits() {
		sunor.stubFor(post("/api/v1/task").willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":402,\"message\":\"Top up at https://sunor.cc/dashboard/billing\"}")));

		assertThatExceptionOfType(InsufficientCreditsException.class)
			.isThrownBy(() -> this.api.createTask(SunorTaskRequest.sunoLyrics("sea")))
			.satisfies((ex) -> assertThat(List.of(ex.getAvailable().isPresent(), ex.getRequired().isPresent()))
				.containsOnly(false));
	}

}
