package com.example.studio;

import java.time.Duration;

import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.sunor.SunorTaskStatus;
import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandIns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test of a generation job on the stand-ins needs no polling property: the application
 * polls the stand-ins' jobs at a quarter of {@code jobDuration} (Sunor's own first poll, at
 * 30 s, would hold this test half a minute), and a property the test sets is kept.
 */
@SpringBootTest(properties = "providers.whisul.jobs.interval=3s")
@AutoConfigureProviderStandIns(jobDuration = "800ms")
class StandInsJobPollingTests {

	@Autowired
	SunorJobs sunorJobs;

	@Autowired
	ProviderStandIns standIns;

	@Autowired
	Environment environment;

	@Test
	void jobsArePolledAtAQuarterOfTheStandInsJobDuration() {
		assertThat(this.environment.getProperty("providers.sunor.jobs.first-poll")).isEqualTo("200ms");
		assertThat(this.environment.getProperty("providers.sunor.jobs.interval")).isEqualTo("200ms");
		assertThat(this.environment.getProperty("providers.sunor.jobs.max-interval")).isEqualTo("800ms");
		assertThat(this.environment.getProperty("providers.autype.jobs.first-poll")).isEqualTo("200ms");
		assertThat(this.environment.getProperty("providers.suno.jobs.interval")).isEqualTo("200ms");
	}

	@Test
	void aPropertyTheTestSetsIsKept() {
		assertThat(this.environment.getProperty("providers.whisul.jobs.interval")).isEqualTo("3s");
		assertThat(this.environment.getProperty("providers.whisul.jobs.first-poll")).isEqualTo("200ms");
	}

	@Test
	void aJobIsSeenDoneWithoutAPropertyOfItsOwn() {
		this.standIns.time().pause();
		var job = this.sunorJobs.createTask(SunorTaskRequest.sunoLyrics("the sea"));
		// Sunor's own first poll would come after 30 s; the stand-ins' comes after 200 ms.
		this.standIns.time().advance(Duration.ofMillis(800));
		SunorTask task = job.future().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
		assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
	}

}
