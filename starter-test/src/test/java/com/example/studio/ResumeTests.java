package com.example.studio;

import java.time.Duration;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.GenerationJobs;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.sunor.SunorTaskStatus;
import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.test.TestCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job submitted by one application context, and waited for by another, as after a
 * restart: only the provider and the job id cross.
 */
class ResumeTests {

	@Test
	void aJobStartedBeforeARestartIsResumedByItsId() {
		try (ProviderStandIns standIns = ProviderStandIns.start(Map.of("sunor", TestCredentials.SUNOR, "supertone",
				TestCredentials.SUPERTONE, "whisul", TestCredentials.WHISUL, "autype", TestCredentials.AUTYPE, "suno",
				TestCredentials.SUNO_COOKIE), Duration.ofSeconds(1), Duration.ofSeconds(60))) {
			ApplicationContextRunner runner = new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
						ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
						ProvidersAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class,
						ProviderJobsAutoConfiguration.class))
				.withPropertyValues("providers.sunor.api-key=" + TestCredentials.SUNOR,
						"providers.sunor.base-url=" + standIns.baseUrl("sunor"), "providers.sunor.jobs.interval=100ms");
			String[] saved = new String[1];
			runner.run((before) -> saved[0] = before.getBean(SunorApi.class)
				.createTask(SunorTaskRequest.sunoLyrics("the sea"))
				.data()
				.taskId());

			runner.run((after) -> {
				GenerationJob<?> job = after.getBean(GenerationJobs.class).resume("sunor", saved[0]);
				SunorTask task = (SunorTask) job.await();
				assertThat(task.taskId()).isEqualTo(saved[0]);
				assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
			});
		}
	}

}
