package com.example.songs;

import java.time.Duration;

import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorTaskInput;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.sunor.SunorTaskStatus;
import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// docs/guide.md, "Testing your application", word for word: it runs as a test here.
@SpringBootTest
@AutoConfigureProviderStandIns(jobDuration = "300ms")
class SongServiceTests {

    @Autowired ProviderStandIns standIns;
    @Autowired SunorApi sunor;

    @AfterEach
    void reset() {
        standIns.reset();                      // traffic, unserved faults, held time
    }

    @Test
    void aTaskFinishesWithClips() {
        standIns.time().pause();               // jobs move only when the test says
        String id = sunor.createTask(SunorTaskRequest.sunoMusic(
                SunorTaskInput.SunoMusic.fromDescription("a lo-fi beat"))).data().taskId();
        assertThat(sunor.getTask(id).data().status()).isEqualTo(SunorTaskStatus.PENDING);
        standIns.time().advance(Duration.ofMillis(300));   // the jobDuration
        assertThat(sunor.getTask(id).data().status()).isEqualTo(SunorTaskStatus.SUCCESS);
    }

    @Test
    void aRateLimitIsRetried() {
        standIns.nextCalls("sunor", 1).tooManyRequests(Duration.ofSeconds(1));
        assertThat(sunor.getBalance().data().available()).isEqualTo(950);
        assertThat(standIns.requestCount("sunor", "/account/balance")).isEqualTo(2);
    }

    @Test
    void runningOutOfCreditsIsItsOwnException() {
        standIns.nextCalls("sunor", 1).insufficientCredits();
        assertThatExceptionOfType(InsufficientCreditsException.class)
            .isThrownBy(() -> sunor.createTask(SunorTaskRequest.sunoLyrics("the sea")))
            .satisfies((ex) -> assertThat(ex.getRequired()).hasValue(10));
    }
}
