package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerRateLimitObserverTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MicrometerRateLimitObserver observer = new MicrometerRateLimitObserver(this.registry);

	@Test
	void timesWaitsAndCountsRefusalsPerProvider() {
		this.observer.permitted("sunor", Duration.ZERO);
		this.observer.permitted("sunor", Duration.ofMillis(500));
		this.observer.refused("autype");
		this.observer.refused("autype");

		Timer waits = this.registry.get("genmedia.provider.rate-limit.wait").tag("provider", "sunor").timer();
		assertThat(waits.count()).isEqualTo(2);
		assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(500);
		assertThat(waits.getId().getDescription()).isNotBlank();
		assertThat(this.registry.get("genmedia.provider.rate-limit.refused").tag("provider", "autype").counter().count())
			.isEqualTo(2);
		assertThat(this.registry.find(MicrometerRateLimitObserver.REFUSED_METRIC).tag("provider", "sunor").counter())
			.isNull();
	}

}
