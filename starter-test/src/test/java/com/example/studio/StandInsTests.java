package com.example.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.genmedia.providers.api.DownloadedFile;
import io.github.genmedia.providers.autype.AutypeApi;
import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeRenderJob;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.error.ProviderAccessDeniedException;
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
import io.github.genmedia.providers.supertone.SupertoneLanguage;
import io.github.genmedia.providers.supertone.SupertoneSpeechFile;
import io.github.genmedia.providers.supertone.SupertoneSpeechRequest;
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
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
	}

}
