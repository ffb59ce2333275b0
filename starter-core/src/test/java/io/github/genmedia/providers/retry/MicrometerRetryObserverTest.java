package io.github.genmedia.providers.retry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerRetryObserverTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MicrometerRetryObserver observer = new MicrometerRetryObserver(this.registry);

	@Test
	void countsEachOutcomePerProvider() {
		this.observer.record("sunor", RetryOutcome.RETRIED);
		this.observer.record("sunor", RetryOutcome.RETRIED);
		this.observer.record("sunor", RetryOutcome.SUCCEEDED_AFTER_RETRY);
		this.observer.record("whisul", RetryOutcome.RETRY_AFTER_TOO_LONG);

		assertThat(count("sunor", "retried")).isEqualTo(2);
		assertThat(count("sunor", "succeeded_after_retry")).isEqualTo(1);
		assertThat(count("whisul", "retry_after_too_long")).isEqualTo(1);
		assertThat(this.registry.find(MicrometerRetryObserver.METRIC_NAME).tag("provider", "whisul")
			.tag("outcome", "retried").counter()).isNull();
	}

	@Test
	void counterIsNamedAndDescribed() {
		this.observer.record("sunor", RetryOutcome.EXHAUSTED);

		Counter counter = this.registry.get("genmedia.provider.retries").counter();
		assertThat(counter.getId().getTag("outcome")).isEqualTo("exhausted");
		assertThat(counter.getId().getDescription()).isNotBlank();
	}

	private double count(String provider, String outcome) {
		return this.registry.get(MicrometerRetryObserver.METRIC_NAME)
			.tag("provider", provider)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

}
