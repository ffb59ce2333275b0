package io.github.genmedia.providers.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SourcedKeysTest {

	private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-29T12:00:00Z"));

	private final AtomicInteger asked = new AtomicInteger();

	@Test
	void keysAreKeptForTheTimeTheSourceGaveAndAskedForAfter() {
		SourcedKeys keys = new SourcedKeys("autype", (provider) -> {
			this.asked.incrementAndGet();
			return SourcedCredentials.of("ak_key-" + this.asked.get() + "-0123456789", Duration.ofMinutes(5));
		}, null, UnaryOperator.identity(), this.clock);

		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("ak_key-1-0123456789");
		this.clock.advance(Duration.ofSeconds(299));
		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("ak_key-1-0123456789");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("ak_key-2-0123456789");
		assertThat(this.asked).hasValue(2);
	}

	@Test
	void aKeyThatFailsTheProvidersChecksIsNeverUsed() {
		UnaryOperator<Credential> prefix = (key) -> {
			if (!key.startsWith("ak_")) {
				throw new InvalidCredentialException("does not start with 'ak_'");
			}
			return key;
		};
		Credential configured = Credential.of("ak_configured-0123456789");
		SourcedKeys keys = new SourcedKeys("autype", (provider) -> SourcedCredentials.of("Bearer 0123456789",
				Duration.ofMinutes(5)), KeySupply.fixed(List.of(configured)), prefix, this.clock);

		assertThat(keys.keys()).containsExactly(configured);
		assertThat(keys.problem()).isEqualTo(
				"the credential source gave a credential that does not start with 'ak_'");
	}

	@Test
	void aSourceWithNoKeyForTheProviderLeavesTheConfiguredOnes() {
		Credential configured = Credential.of("sk-configured-0123456789");
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> null, KeySupply.fixed(List.of(configured)),
				UnaryOperator.identity(), this.clock);
		assertThat(keys.keys()).containsExactly(configured);
		assertThat(keys.problem()).isNull();
	}

	@Test
	void aSourceThatNeverGaveAKeyFailsTheRequestWithTheReasonAndNoSecret() {
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> {
			throw new IllegalStateException("token sk-secret-0123456789 expired");
		}, null, UnaryOperator.identity(), this.clock);
		assertThatExceptionOfType(ProviderCredentialUnavailableException.class).isThrownBy(keys::keys)
			.withMessage("No credential for provider 'sunor': the credential source failed (java.lang.IllegalStateException). "
					+ "Check the application's ProviderCredentialSource, or configure providers.sunor.api-key.");
	}

	@Test
	void whileOneThreadAsksTheSourceTheOthersGoOnWithTheKeysTheyHave() throws Exception {
		CountDownLatch asking = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> {
			if (this.asked.incrementAndGet() == 2) {
				asking.countDown();
				answer.await();
				return SourcedCredentials.of("sk-second-0123456789", Duration.ofMinutes(5));
			}
			return SourcedCredentials.of("sk-first-0123456789", Duration.ofSeconds(1));
		}, null, UnaryOperator.identity(), this.clock);
		keys.keys();
		this.clock.advance(Duration.ofSeconds(2));
		Thread refresher = new Thread(keys::keys);
		refresher.start();
		assertThat(asking.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("sk-first-0123456789");

		answer.countDown();
		refresher.join(5000);
		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("sk-second-0123456789");
		assertThat(this.asked).hasValue(2);
	}

	@Test
	void aSourceWithNoKeyForTheProviderReadsTheConfiguredKeysLive() {
		List<Credential> file = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(Credential.of("sk-file-one-0123")));
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> null, () -> List.copyOf(file),
				UnaryOperator.identity(), this.clock);
		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("sk-file-one-0123");
		file.set(0, Credential.of("sk-file-two-0123"));
		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("sk-file-two-0123");
	}

	@Test
	void aFailingSourceIsAskedAgainOnlyAfterAPause() {
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> {
			if (this.asked.incrementAndGet() > 1) {
				throw new IllegalStateException("down");
			}
			return SourcedCredentials.of("sk-first-0123456789", Duration.ofSeconds(1));
		}, null, UnaryOperator.identity(), this.clock);
		keys.keys();
		this.clock.advance(Duration.ofSeconds(2));
		for (int i = 0; i < 5; i++) {
			assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("sk-first-0123456789");
		}
		assertThat(this.asked).hasValue(2);
		this.clock.advance(SourcedKeys.RETRY_AFTER_FAILURE);
		keys.keys();
		assertThat(this.asked).hasValue(3);
	}

	@Test
	void aSourceThatHangsHoldsOneRequestNoLongerThanTheTimeoutAndTheLastKeysStay() throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> {
			if (this.asked.incrementAndGet() == 2) {
				answer.await();
				return SourcedCredentials.of("sk-second-0123456789", Duration.ofMinutes(5));
			}
			return SourcedCredentials.of("sk-first-0123456789", Duration.ofSeconds(1));
			// Long enough for the answering source's thread to run on a busy machine.
		}, null, UnaryOperator.identity(), new CredentialSourceTiming(this.clock, Duration.ofSeconds(2)));
		try {
			keys.keys();
			this.clock.advance(Duration.ofSeconds(2));

			List<Credential> during = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> keys.keys());

			assertThat(during).extracting(Credential::reveal).containsExactly("sk-first-0123456789");
			assertThat(keys.problem()).isEqualTo("the credential source did not answer within 2 s");
			// Due again: the call that still hangs is waited for again, never a second one.
			this.clock.advance(SourcedKeys.RETRY_AFTER_FAILURE);
			assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> keys.keys()))
				.extracting(Credential::reveal).containsExactly("sk-first-0123456789");
			assertThat(this.asked).hasValue(2);

			answer.countDown();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				this.clock.advance(SourcedKeys.RETRY_AFTER_FAILURE);
				assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("sk-second-0123456789");
			});
			assertThat(keys.problem()).isNull();
			assertThat(this.asked).hasValue(2);
		}
		finally {
			answer.countDown();
		}
	}

	@Test
	void aTimeoutThatIsNotPositiveIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CredentialSourceTiming(this.clock, Duration.ZERO))
			.withMessage("The credential source's timeout must be positive, but is PT0S");
	}

	@Test
	void aSourceThatNeverAnswersFailsTheFirstRequestAfterTheTimeout() {
		CountDownLatch never = new CountDownLatch(1);
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> {
			never.await();
			return null;
		}, null, UnaryOperator.identity(), new CredentialSourceTiming(this.clock, Duration.ofMillis(300)));
		try {
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatExceptionOfType(
					CredentialSourceTimeoutException.class)
				.isThrownBy(keys::keys)
				.withMessage("No credential for provider 'sunor': the credential source did not answer within 300 ms. "
						+ "Check the application's ProviderCredentialSource, or configure providers.sunor.api-key.")
				.satisfies((ex) -> assertThat(ex.getTimeout()).isEqualTo(Duration.ofMillis(300))));
		}
		finally {
			keys.close();
		}
	}

	@Test
	void closingInterruptsACallThatStillHangs() throws Exception {
		CountDownLatch interrupted = new CountDownLatch(1);
		SourcedKeys keys = new SourcedKeys("sunor", (provider) -> {
			try {
				new CountDownLatch(1).await();
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
				throw ex;
			}
			return null;
		}, KeySupply.fixed(List.of(Credential.of("sk-configured-0123456789"))), UnaryOperator.identity(),
				new CredentialSourceTiming(this.clock, Duration.ofMillis(100)));
		assertThat(keys.keys()).extracting(Credential::reveal).containsExactly("sk-configured-0123456789");

		keys.close();

		assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
	}

}
