package com.example.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.github.genmedia.providers.api.DownloadedFile;
import io.github.genmedia.providers.autype.AutypeApi;
import io.github.genmedia.providers.autype.AutypeBulkJob;
import io.github.genmedia.providers.autype.AutypeBulkRenderRequest;
import io.github.genmedia.providers.autype.AutypeDocument;
import io.github.genmedia.providers.autype.AutypeDocumentRequest;
import io.github.genmedia.providers.autype.AutypeDocumentVariables;
import io.github.genmedia.providers.autype.AutypeFormat;
import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeProject;
import io.github.genmedia.providers.autype.AutypeProjectRequest;
import io.github.genmedia.providers.autype.AutypeRenderJob;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.error.ProviderAccessDeniedException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.suno.SunoApi;
import io.github.genmedia.providers.suno.SunoClip;
import io.github.genmedia.providers.suno.SunoClipStatus;
import io.github.genmedia.providers.suno.SunoGenerateRequest;
import io.github.genmedia.providers.suno.SunoGeneration;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorBalance;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskInput;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.sunor.SunorTaskStatus;
import io.github.genmedia.providers.supertone.SupertoneApi;
import io.github.genmedia.providers.supertone.SupertoneCustomVoice;
import io.github.genmedia.providers.supertone.SupertoneCustomVoiceUpdate;
import io.github.genmedia.providers.supertone.SupertoneLanguage;
import io.github.genmedia.providers.supertone.SupertoneSpeechChunk;
import io.github.genmedia.providers.supertone.SupertoneSpeechFile;
import io.github.genmedia.providers.supertone.SupertoneSpeechRequest;
import io.github.genmedia.providers.supertone.SupertoneSpeechWithPhonemes;
import io.github.genmedia.providers.supertone.SupertoneUsage;
import io.github.genmedia.providers.supertone.SupertoneUsageQuery;
import io.github.genmedia.providers.supertone.SupertoneVoice;
import io.github.genmedia.providers.supertone.SupertoneVoicePage;
import io.github.genmedia.providers.supertone.SupertoneVoiceSearch;
import io.github.genmedia.providers.supertone.SupertoneVoiceUsage;
import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.test.RecordedCall;
import io.github.genmedia.providers.whisul.WhisulApi;
import io.github.genmedia.providers.whisul.WhisulGenerateRequest;
import io.github.genmedia.providers.whisul.WhisulJob;
import io.github.genmedia.providers.whisul.WhisulJobStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A user's test: no keys, no internet; every provider through the stand-ins, faults
 * scripted, the stand-ins' time held and advanced so that a job's states show however
 * busy the machine is. Only the starter's public API is used.
 */
@SpringBootTest
@AutoConfigureProviderStandIns(jobDuration = "300ms")
class StandInsTests {

	static final Duration JOB_DURATION = Duration.ofMillis(300);

	@Autowired
	ProviderStandIns standIns;

	@Autowired
	SunorApi sunor;

	@Autowired
	SupertoneApi supertone;

	@Autowired
	WhisulApi whisul;

	@Autowired
	AutypeApi autype;

	@Autowired
	SunoApi suno;

	@Autowired
	@Qualifier("sunorRestClient")
	RestClient sunorRestClient;

	@TempDir
	Path files;

	@BeforeEach
	void holdTheTime() {
		this.standIns.time().pause();
	}

	@AfterEach
	void reset() {
		this.standIns.reset();
	}

	@Test
	void sunorTaskGoesFromPendingToSuccessWithClips() {
		String id = this.sunor
			.createTask(SunorTaskRequest.sunoMusic(SunorTaskInput.SunoMusic.fromDescription("a lo-fi beat")))
			.data()
			.taskId();

		assertThat(this.sunor.getTask(id).data().status()).isEqualTo(SunorTaskStatus.PENDING);
		this.standIns.time().advance(JOB_DURATION.dividedBy(2));
		assertThat(this.sunor.getTask(id).data().status()).isEqualTo(SunorTaskStatus.RUNNING);
		this.standIns.time().advance(JOB_DURATION.dividedBy(2));
		SunorTask done = this.sunor.getTask(id).data();
		assertThat(done.status()).isEqualTo(SunorTaskStatus.SUCCESS);
		assertThat(done.output().clips()).hasSize(2).allSatisfy((clip) -> assertThat(clip.audioUrl()).endsWith(".mp3"));
		assertThat(this.sunor.getBalance().data()).isEqualTo(new SunorBalance(950, 10, 960));
	}

	@Test
	void heldTimeRunsOnFromWhereItWasAdvancedTo() {
		String id = this.whisul.generate(new WhisulGenerateRequest("a slow ballad")).jobId();
		Instant held = this.standIns.time().now();
		this.standIns.time().advance(Duration.ofHours(1));

		this.standIns.time().resume();

		assertThat(this.standIns.time().isPaused()).isFalse();
		assertThat(this.standIns.time().now()).isAfterOrEqualTo(held.plus(Duration.ofHours(1)));
		assertThat(this.whisul.getJob(id).status()).as("done an hour later, running time or not")
			.isEqualTo(WhisulJobStatus.COMPLETED);
	}

	@Test
	void supertoneSpeechArrivesAsAFileWithItsLength() throws Exception {
		SupertoneSpeechFile speech = this.supertone.createSpeech("voice-stand-in",
				SupertoneSpeechRequest.of("Hello there", SupertoneLanguage.EN), this.files.resolve("hello.wav"));

		assertThat(speech.audioLengthSeconds()).isEqualTo(1.5);
		assertThat(Files.readAllBytes(speech.file())).startsWith("RIFF".getBytes());
		assertThat(this.supertone.getCredits().balance()).isEqualTo(1200.0);
	}

	@Test
	void supertoneRefusesAVoiceOfAnotherAccount() {
		assertThatExceptionOfType(ProviderAccessDeniedException.class)
			.isThrownBy(() -> this.supertone.getVoice("voice-of-another-account"))
			.withMessage("Provider 'supertone' denied access (HTTP 403 Forbidden): You do not have access to this voice");
	}

	@Test
	void supertoneListsItsPresetVoicesWithIdsAndSearchesThem() {
		SupertoneVoicePage page = this.supertone.listVoices(null, null);

		assertThat(page.items()).extracting(SupertoneVoice::voiceId)
			.containsExactly("voice-stand-in", "voice-stand-in-deep", "voice-stand-in-kid");
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.hasNextPage()).isFalse();
		assertThat(this.supertone.searchVoices(SupertoneVoiceSearch.all().withLanguages(SupertoneLanguage.KO)).items())
			.extracting(SupertoneVoice::voiceId)
			.containsExactly("voice-stand-in", "voice-stand-in-kid");
		assertThat(this.supertone.searchVoices(SupertoneVoiceSearch.all().withName("stand-in deep")).items())
			.extracting(SupertoneVoice::voiceId)
			.containsExactly("voice-stand-in-deep");
		assertThat(this.supertone.getVoice("voice-stand-in-deep").languages()).contains(SupertoneLanguage.DE);
		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.supertone.searchVoices(SupertoneVoiceSearch.all().withName("nobody")))
			.withMessage("Provider 'supertone' answered HTTP 404 Not Found: No voices found");
	}

	@Test
	void aClonedVoiceSpeaksUntilItIsDeleted() throws Exception {
		Path recording = Files.write(this.files.resolve("me.wav"), "RIFF....WAVE".getBytes());
		String id = this.supertone.createClonedVoice(new FileSystemResource(recording), "Me", "My own voice").voiceId();

		assertThat(this.supertone.listCustomVoices(null, null).items())
			.contains(new SupertoneCustomVoice(id, "Me", "My own voice"));
		assertThat(this.supertone.editCustomVoice(id, SupertoneCustomVoiceUpdate.name("Narrator")))
			.isEqualTo(new SupertoneCustomVoice(id, "Narrator", "My own voice"));
		assertThat(this.supertone.getCustomVoice(id).name()).isEqualTo("Narrator");
		SupertoneSpeechRequest hello = SupertoneSpeechRequest.of("Hello", SupertoneLanguage.EN);
		assertThat(this.supertone.createSpeech(id, hello, this.files.resolve("me-hello.wav")).audioLengthSeconds())
			.isEqualTo(1.5);
		this.supertone.deleteCustomVoice(id);
		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> this.supertone.getCustomVoice(id))
			.withMessage("Provider 'supertone' answered HTTP 404 Not Found: Voice not found");
		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.supertone.createSpeech(id, hello, this.files.resolve("gone.wav")))
			.withMessage("Provider 'supertone' answered HTTP 404 Not Found: Voice not found");
	}

	@Test
	void supertoneSpeechComesWithPhonemesWhenAskedFor() throws Exception {
		SupertoneSpeechRequest hello = SupertoneSpeechRequest.of("Hello", SupertoneLanguage.EN);
		SupertoneSpeechWithPhonemes speech = this.supertone.createSpeechWithPhonemes("voice-stand-in",
				hello.withPhonemes());
		List<SupertoneSpeechChunk> chunks = new ArrayList<>();
		long lines = this.supertone.streamSpeechWithPhonemes("voice-stand-in", hello, chunks::add);

		assertThat(speech.audio()).startsWith("RIFF".getBytes());
		assertThat(speech.phonemes().symbols()).hasSameSizeAs(speech.phonemes().startTimesSeconds())
			.hasSameSizeAs(speech.phonemes().durationsSeconds())
			.isNotEmpty();
		assertThat(lines).isEqualTo(chunks.size()).isGreaterThan(1);
		assertThat(chunks.get(0).audio()).startsWith("RIFF".getBytes());
		assertThat(chunks).anySatisfy((chunk) -> assertThat(chunk.phonemes()).isNotNull());
	}

	@Test
	void supertoneUsageHasABucketPerDayAPageAtATime() {
		ZoneOffset seoul = ZoneOffset.ofHours(9);
		SupertoneUsageQuery threeDays = SupertoneUsageQuery
			.between(OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, seoul), OffsetDateTime.of(2025, 1, 4, 0, 0, 0, 0, seoul))
			.withBreakdown(SupertoneUsageQuery.Breakdown.MODEL)
			.withPageSize(2);

		SupertoneUsage first = this.supertone.getUsage(threeDays);
		SupertoneUsage second = this.supertone.getUsage(threeDays.withNextPageToken(first.nextPageToken()));

		assertThat(first.total()).isEqualTo(3);
		assertThat(first.data()).extracting(SupertoneUsage.Bucket::startingAt)
			.containsExactly("2025-01-01T00:00:00+09:00", "2025-01-02T00:00:00+09:00");
		assertThat(first.data().get(0).results()).singleElement().satisfies((result) -> {
			assertThat(result.model()).isEqualTo("sona_speech_1");
			assertThat(result.voiceId()).isNull();
		});
		assertThat(second.data()).extracting(SupertoneUsage.Bucket::endingAt).containsExactly("2025-01-04T00:00:00+09:00");
		assertThat(second.hasNextPage()).isFalse();
		assertThat(this.supertone.getVoiceUsage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)).usages())
			.extracting(SupertoneVoiceUsage.Entry::date, SupertoneVoiceUsage.Entry::voiceId)
			.containsExactly(tuple("2025-01-01", "voice-stand-in"), tuple("2025-01-02", "voice-stand-in"));
	}

	@Test
	void whisulJobCompletesWithASong() {
		String id = this.whisul.generate(new WhisulGenerateRequest("an upbeat trap beat")).jobId();

		assertThat(this.whisul.getJob(id).status()).isEqualTo(WhisulJobStatus.RUNNING);
		this.standIns.time().advance(JOB_DURATION);
		WhisulJob job = this.whisul.getJob(id);
		assertThat(job.status()).isEqualTo(WhisulJobStatus.COMPLETED);
		assertThat(job.result().songUrl()).endsWith(".mp3");
	}

	@Test
	void autypeRendersAndTheFileDownloads() throws Exception {
		String id = this.autype.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Report")).jobId();

		assertThat(this.autype.getRenderJob(id).status()).isEqualTo(AutypeJobStatus.PENDING);
		this.standIns.time().advance(JOB_DURATION);
		AutypeRenderJob job = this.autype.getRenderJob(id);
		assertThat(job.status()).isEqualTo(AutypeJobStatus.COMPLETED);
		DownloadedFile pdf = this.autype.downloadRender(id, this.files.resolve("report.pdf"));
		assertThat(Files.readString(pdf.file())).startsWith("%PDF-");
		assertThat(this.autype.getApiKeyInfo().creditsAvailable()).isEqualTo(1250.0);
	}

	@Test
	void anAutypeDocumentCreatedCanBeReadBackAndRendered() {
		AutypeProject project = this.autype.createProject(AutypeProjectRequest.named("Contracts"));
		AutypeDocument created = this.autype.createDocument(AutypeDocumentRequest.of(project.id(), "NDA")
			.withDescription("Mutual NDA")
			.withContent(Map.of("document", Map.of("type", "docx"), "variables", Map.of("party", "Acme Inc"),
					"sections", List.of())));

		AutypeDocument read = this.autype.getDocument(created.id());

		assertThat(project.isPublic()).isTrue();
		assertThat(this.autype.listProjects(1, 100).projects()).contains(project);
		assertThat(List.of(read.title(), read.projectId(), read.descriptionText()))
			.containsExactly("NDA", project.id(), "Mutual NDA");
		assertThat(read.content().path("document").path("type").stringValue()).isEqualTo("docx");
		assertThat(this.autype.listDocuments(project.id()).documents()).extracting(AutypeDocument::id)
			.containsExactly(created.id());
		assertThat(this.autype.getDocumentVariables(created.id()).variableNames()).containsExactly("party");
		assertThat(this.autype.renderDocument(created.id()).format()).isEqualTo(AutypeFormat.DOCX);
		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> this.autype.getDocument("no-such-doc"))
			.withMessage("Provider 'autype' answered HTTP 404 Not Found: Document not found");
	}

	@Test
	void anAutypeBulkRenderZipsOneFilePerItem() throws Exception {
		AutypeDocumentVariables variables = this.autype.getDocumentVariables("document-stand-in");
		AutypeBulkJob created = this.autype.createBulkRender(AutypeBulkRenderRequest.of("document-stand-in",
				AutypeFormat.PDF, List.of(Map.of("companyName", "Acme Inc"), Map.of("companyName", "Beta Corp"))));
		this.standIns.finishedJob(created.bulkJobId());

		AutypeBulkJob done = this.autype.getBulkRender(created.bulkJobId());
		DownloadedFile zip = this.autype.downloadBulkRender(created.bulkJobId(), this.files.resolve("bulk.zip"));

		assertThat(variables.typeOf("companyName")).isEqualTo("string");
		assertThat(created.status()).isEqualTo(AutypeJobStatus.PENDING);
		assertThat(List.of(done.totalItems(), done.completedItems(), done.failedItems())).containsExactly(2, 2, 0);
		assertThat(done.status()).isEqualTo(AutypeJobStatus.COMPLETED);
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.file()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).hasSize(2).allSatisfy((name) -> assertThat(name).endsWith(".pdf"));
	}

	@Test
	void sunoGeneratesTwoClipsThatBecomePlayableThenComplete() {
		SunoGeneration generation = this.suno.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4"));
		List<String> ids = generation.clips().stream().map(SunoClip::id).toList();

		assertThat(ids).hasSize(2);
		assertThat(this.suno.getFeed(ids).clips()).extracting(SunoClip::status).containsOnly(SunoClipStatus.SUBMITTED);
		this.standIns.time().advance(JOB_DURATION.dividedBy(2));
		assertThat(this.suno.getFeed(ids).clips()).as("playable while streaming").hasSize(2).allSatisfy((clip) -> {
			assertThat(clip.status()).isEqualTo(SunoClipStatus.STREAMING);
			assertThat(clip.audioUrl()).endsWith(".mp3");
		});
		this.standIns.time().advance(JOB_DURATION.dividedBy(2));
		assertThat(this.suno.getFeed(ids).clips()).extracting(SunoClip::status).containsOnly(SunoClipStatus.COMPLETE);
		assertThat(this.suno.getBillingInfo().totalCreditsLeft()).isEqualTo(50);
		RecordedCall call = this.standIns.lastRequest("suno").orElseThrow();
		assertThat(call.header("Authorization")).isEqualTo(RecordedCall.MASKED);
		assertThat(call.header("Device-Id")).isEqualTo("\"stand-in-device\"");
	}

	@Test
	void aScripted429IsRetriedAfterItsRetryAfter() {
		this.standIns.nextCalls("sunor", 1).tooManyRequests(Duration.ofSeconds(1));

		assertThat(this.sunor.getBalance().data().available()).isEqualTo(950);
		assertThat(this.standIns.requestCount("sunor", "/account/balance")).isEqualTo(2);
	}

	@Test
	void aScripted402IsTheCreditsException() {
		this.standIns.nextCalls("sunor", 1).insufficientCredits();

		assertThatExceptionOfType(InsufficientCreditsException.class)
			.isThrownBy(() -> this.sunor.createTask(SunorTaskRequest.sunoLyrics("the sea")))
			.satisfies((ex) -> {
				assertThat(ex.getAvailable()).hasValue(3);
				assertThat(ex.getRequired()).hasValue(10);
			});
	}

	@Test
	void theTrafficShowsWithTheKeyMasked() {
		this.sunorRestClient.get().uri("/account/usage").retrieve().toBodilessEntity();

		RecordedCall call = this.standIns.lastRequest("sunor").orElseThrow();
		assertThat(call.method()).isEqualTo("GET");
		assertThat(call.url()).isEqualTo("/sunor/api/v1/account/usage");
		assertThat(call.header("x-api-key")).isEqualTo(RecordedCall.MASKED);
		assertThat(call.toString()).doesNotContain("stand-in-sunor");
	}

	@Test
	void theStandInsAreStrictAboutWhereTheKeyGoes() {
		RestClient raw = RestClient.create();

		String autype = raw.get()
			.uri(this.standIns.baseUrl("autype") + "/api-key/info")
			.header("Authorization", "Bearer ak_stand-in-autype-0001")
			.exchange((request, response) -> response.getStatusCode().value() + " "
					+ new String(response.getBody().readAllBytes()));

		assertThat(autype).isEqualTo(
				"401 {\"statusCode\":401,\"message\":\"Invalid or expired API key\",\"error\":\"Unauthorized\"}");
		String voices = raw.get()
			.uri(this.standIns.baseUrl("supertone") + "/v1/voices")
			.header("x-sup-api-key", "wrong")
			.exchange((request, response) -> response.getStatusCode().value() + " "
					+ new String(response.getBody().readAllBytes()));
		assertThat(voices).isEqualTo("401 {\"status\":\"error\",\"message\":{\"statusCode\":401,"
				+ "\"message\":[\"Invalid API key\"],\"error\":\"Unauthorized\"}}");
	}

}
