package io.github.genmedia.providers.ratelimit;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The limiter on a controllable clock: what it hands out, what it learns, and when it
 * refuses.
 */
class Bucket4jRateLimiterTest {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final FakeTime time = new FakeTime();

	@Test
	void permitsComeOneSpacingApartWithoutABurst() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());

		for (int i = 0; i < 4; i++) {
			limiter.acquire(settings.maxWait()).release();
		}

		// The first at once, then one every 510 ms: a new client does not know where the provider's window stands.
		assertThat(this.time.waits()).hasSize(3).allSatisfy((wait) -> assertThat(wait)
			.isBetween(settings.spacing().minusMillis(1), settings.spacing().plusMillis(1)));
	}

	@Test
	void noWindowOfThePeriodEverHoldsMoreThanTheLimitAndNinetyEightPercentIsUsed() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(20, Duration.ofSeconds(1));
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("bench", settings, this.time.timing());
		List<Long> permits = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			limiter.acquire(settings.maxWait());
			permits.add(this.time.currentTimeNanos());
		}

		long period = Duration.ofSeconds(1).toNanos();
		for (int first = 0; first < permits.size(); first++) {
			long start = permits.get(first);
			long inWindow = permits.stream().filter((at) -> at >= start && at < start + period).count();
			assertThat(inWindow).as("permits in the second from permit %d", first).isLessThanOrEqualTo(20);
		}
		double seconds = (permits.get(permits.size() - 1) - permits.get(0)) / 1e9;
		assertThat((permits.size() - 1) / seconds).isCloseTo(19.6, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void remainingZeroEmptiesTheBucketAtOnce() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(60, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(Duration.ZERO);
		this.time.advance(Duration.ofSeconds(5));

		limiter.learn(HttpStatus.OK, remaining("3"));
		limiter.acquire(Duration.ZERO);
		assertThat(this.time.waits()).as("a provider with budget left changes nothing").isEmpty();

		this.time.advance(Duration.ofSeconds(5));
		limiter.learn(HttpStatus.OK, remaining("0"));
		limiter.acquire(Duration.ofSeconds(5));

		assertThat(this.time.waits()).singleElement()
			.satisfies((wait) -> assertThat(wait).isCloseTo(settings.spacing(), Duration.ofMillis(1)));
		assertThat(limiter.state().providerRemaining()).isZero();
		assertThat(limiter.state().providerRemainingAt()).isEqualTo(this.time.instant().minus(this.time.totalWait()));
	}

	@Test
	void unreadableRemainingIsIgnored() throws Exception {
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", RateLimitSettings.of(60, MINUTE),
				this.time.timing());
		this.time.advance(Duration.ofSeconds(5));
		for (String value : new String[] { "-1", "abc", "", "1e3", "99999999999999999999" }) {
			limiter.learn(HttpStatus.OK, remaining(value));
		}

		limiter.acquire(Duration.ZERO);
		assertThat(limiter.state().providerRemaining()).isNull();
	}

	@Test
	void aRetryAfterPutsTheBucketInDebtSoTheNextCallerPausesThatLong() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(Duration.ZERO);

		limiter.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("3"));
		assertThat(limiter.state().pausedFor()).isEqualTo(Duration.ofSeconds(3));
		limiter.acquire(Duration.ofSeconds(10));

		// At least the pause: the debt is rounded up to whole tokens.
		assertThat(this.time.totalWait()).isBetween(Duration.ofSeconds(3),
				Duration.ofSeconds(3).plus(settings.spacing().multipliedBy(2)));
	}

	@Test
	void simultaneous429sDoNotAddUpTheirPauses() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(Duration.ZERO);

		for (int i = 0; i < 3; i++) {
			limiter.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("3"));
		}
		limiter.acquire(Duration.ofSeconds(10));

		// At least the pause: the debt is rounded up to whole tokens.
		assertThat(this.time.totalWait()).isBetween(Duration.ofSeconds(3),
				Duration.ofSeconds(3).plus(settings.spacing().multipliedBy(2)));
	}

	@Test
	void aCallerWhoseTurnCameDuringAPauseWaitsItOut() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(60, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(Duration.ZERO);
		// While this caller waits for its turn, another one's request is answered with a 429.
		this.time.duringNextWait(() -> limiter.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("10")));

		limiter.acquire(Duration.ofSeconds(30));

		// Its turn moves back by the pause, so callers queued behind it keep their spacing.
		assertThat(this.time.waits()).containsExactly(settings.spacing(), Duration.ofSeconds(10));
	}

	@Test
	void remainingZeroPausesUntilTheResetAndPushesBackCallersAlreadyQueued() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(Duration.ZERO);
		// While this caller waits for its turn, another one's answer says the window is spent for 10 s.
		this.time.duringNextWait(() -> limiter.learn(HttpStatus.OK, remainingAndReset("0", "10")));

		limiter.acquire(Duration.ofSeconds(30));
		Duration queued = this.time.totalWait();
		limiter.acquire(Duration.ofSeconds(30));

		assertThat(queued).as("the caller already queued").isEqualTo(settings.spacing().plusSeconds(10));
		assertThat(this.time.totalWait().minus(queued)).as("the next caller comes a spacing or more later")
			.isBetween(settings.spacing(), settings.spacing().multipliedBy(3));
	}

	@Test
	void remainingZeroWithoutAResetPausesOneSpacingAndRemainingAboveZeroNothing() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket4jRateLimiter sunor = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		sunor.learn(HttpStatus.OK, remaining("5"));
		assertThat(sunor.state().pausedFor()).isNull();
		sunor.learn(HttpStatus.OK, remaining("0"));
		assertThat(sunor.state().pausedFor()).isEqualTo(settings.spacing());

		// A reset beyond the period is not believed beyond the period.
		Bucket4jRateLimiter capped = Bucket4jRateLimiter.local("sunor", RateLimitSettings.of(120, MINUTE),
				this.time.timing());
		capped.learn(HttpStatus.OK, remainingAndReset("0", "3600"));
		assertThat(capped.state().pausedFor()).isEqualTo(MINUTE);
	}

	@Test
	void a429WithoutRetryAfterPausesOneSecondOrOneSpacingWhicheverIsLonger() throws Exception {
		Bucket4jRateLimiter whisul = Bucket4jRateLimiter.local("whisul", RateLimitSettings.of(120, MINUTE),
				this.time.timing());
		whisul.learn(HttpStatus.TOO_MANY_REQUESTS, new HttpHeaders());
		assertThat(whisul.state().pausedFor()).isEqualTo(Duration.ofSeconds(1));

		RateLimitSettings slow = RateLimitSettings.of(20, MINUTE);
		Bucket4jRateLimiter supertone = Bucket4jRateLimiter.local("supertone", slow, this.time.timing());
		supertone.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("soon"));
		assertThat(supertone.state().pausedFor()).isEqualTo(slow.spacing());
		supertone.acquire(Duration.ofSeconds(30));
		assertThat(this.time.totalWait()).isGreaterThanOrEqualTo(slow.spacing());
	}

	@Test
	void simultaneous429sOnManyThreadsPauseOnce() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		for (int round = 0; round < 20; round++) {
			FakeTime time = new FakeTime();
			Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, time.timing());
			limiter.acquire(Duration.ZERO);
			CountDownLatch start = new CountDownLatch(1);
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				Thread thread = new Thread(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						return;
					}
					limiter.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("3"));
				});
				thread.start();
				threads.add(thread);
			}
			start.countDown();
			for (Thread thread : threads) {
				thread.join(5000);
			}
			limiter.acquire(Duration.ofSeconds(30));

			assertThat(time.totalWait()).as("round %d", round)
				.isBetween(Duration.ofSeconds(3), Duration.ofSeconds(3).plus(settings.spacing().multipliedBy(2)));
		}
	}

	@Test
	void only429sPause() throws Exception {
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", RateLimitSettings.of(60, MINUTE),
				this.time.timing());
		limiter.learn(HttpStatus.SERVICE_UNAVAILABLE, retryAfter("30"));
		limiter.learn(HttpStatus.OK, retryAfter("30"));

		limiter.acquire(Duration.ZERO);
		assertThat(limiter.state().pausedFor()).isNull();
	}

	@Test
	void aTurnBeyondMaxWaitFailsAtOnceNamingTheWaitItWouldNeed() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(60, MINUTE).withMaxWait(Duration.ofMillis(100));
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(settings.maxWait());

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.acquire(settings.maxWait()))
			.withMessage("Provider 'sunor': no rate-limit permit within rate-limit.max-wait (PT0.1S); a request would "
					+ "have to wait PT1.021S (60 requests per PT1M)")
			.satisfies((ex) -> {
				assertThat(ex.getProvider()).isEqualTo("sunor");
				assertThat(ex.getRequiredWait()).isEqualTo(Duration.ofMillis(1021));
				assertThat(ex.getMaxWait()).isEqualTo(Duration.ofMillis(100));
			});
		assertThat(this.time.waits()).as("refused without waiting").isEmpty();
		// Nothing was reserved: a second later the turn is there.
		this.time.advance(Duration.ofMillis(1021));
		limiter.acquire(Duration.ZERO);
	}

	@Test
	void aPauseBeyondMaxWaitFailsAtOnceNamingThePause() throws Exception {
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor",
				RateLimitSettings.of(60, MINUTE).withMaxWait(Duration.ofSeconds(5)), this.time.timing());
		limiter.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("30"));

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.acquire(Duration.ofSeconds(5)))
			.withMessage("Provider 'sunor': no rate-limit permit within rate-limit.max-wait (PT5S); a request would "
					+ "have to wait PT30S (the provider demanded a pause (429, or X-RateLimit-Remaining: 0))");
	}

	@Test
	void aRetryAfterOfADayPausesForMaxPauseOnlyAndSaysWhy() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(Duration.ZERO);

		limiter.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("86400"));

		RateLimitState state = limiter.state();
		assertThat(state.pausedFor()).isEqualTo(Duration.ofMinutes(5));
		assertThat(state.pause()).isEqualTo(new RateLimitPause(this.time.instant().plus(Duration.ofMinutes(5)),
				RateLimitPause.Cause.TOO_MANY_REQUESTS, Duration.ofDays(1), Duration.ofMinutes(5)));
		assertThat(state.pause().cut()).isTrue();
		assertThat(state.pausedBeyondMaxWait()).isTrue();
		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.acquire(settings.maxWait()))
			.satisfies((ex) -> assertThat(ex.getRequiredWait()).isEqualTo(Duration.ofMinutes(5)));

		// Five minutes later the provider is asked again: the bucket owed no more.
		this.time.advance(Duration.ofMinutes(5));
		limiter.acquire(Duration.ZERO).release();
		assertThat(limiter.state().pause()).isNull();
		assertThat(limiter.state().pausedBeyondMaxWait()).isFalse();
	}

	@Test
	void aResetBeyondMaxPauseIsCutToo() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(100, Duration.ofDays(1)).withMaxPause(Duration.ofMinutes(2));
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("autype", settings, this.time.timing());

		limiter.learn(HttpStatus.OK, remainingAndReset("0", "3600"));

		assertThat(limiter.state().pausedFor()).isEqualTo(Duration.ofMinutes(2));
		assertThat(limiter.state().pause().cause()).isEqualTo(RateLimitPause.Cause.WINDOW_SPENT);
		assertThat(limiter.state().pause().demanded()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aSharedBucketNeverOwesMoreThanMaxPauseWhateverTheInstancesAdd() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket store = localBucket(settings);
		// Two instances sharing the bucket, each told by the provider to wait a day.
		Bucket4jRateLimiter first = Bucket4jRateLimiter.shared("sunor", settings, () -> store, this.time.timing());
		Bucket4jRateLimiter second = Bucket4jRateLimiter.shared("sunor", settings, () -> store, this.time.timing());
		first.acquire(Duration.ZERO);

		first.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("86400"));
		second.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("99999999999999999999"));

		long owed = store.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		// The next permit is five minutes away, to the spacing: the pause in whole tokens.
		assertThat(Duration.ofNanos(owed)).isBetween(Duration.ofMinutes(5).minus(settings.spacing()),
				Duration.ofMinutes(5));
		// A freshly started instance is refused for those five minutes at most, not for a day.
		Bucket4jRateLimiter fresh = Bucket4jRateLimiter.shared("sunor", settings, () -> store, this.time.timing());
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> fresh.acquire(MINUTE))
			.satisfies((ex) -> assertThat(ex.getRequiredWait()).isLessThanOrEqualTo(Duration.ofMinutes(5)));
		fresh.acquire(Duration.ofMinutes(5)).release();
	}

	@Test
	void aSharedBucketKeepingAnotherLimitIsShownAndWarnedAboutOnce() throws Exception {
		// The instance that created the bucket configured Sunor's 120 a minute; this one 20.
		Bucket store = localBucket(RateLimitSettings.of(120, MINUTE));
		RateLimitSettings own = RateLimitSettings.of(20, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.shared("sunor", own, () -> store, this.time.timing());
		Logger logger = (Logger) LoggerFactory.getLogger(LimitInForce.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			for (int i = 0; i < 3; i++) {
				limiter.acquire(MINUTE).release();
				limiter.state();
			}
		}
		finally {
			logger.detachAppender(appender);
		}

		// A refusal names the limit that refused.
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> limiter.acquire(Duration.ZERO))
			.withMessageEndingWith("(120 requests per PT1M)");
		RateLimitState state = limiter.state();
		assertThat(state.settings()).isEqualTo(own);
		assertThat(state.inForce()).isEqualTo(RateLimitSettings.of(120, MINUTE));
		assertThat(state.limitDiffers()).isTrue();
		// The bucket's spacing, not this instance's, spaced the permits.
		assertThat(this.time.waits()).hasSize(2).allSatisfy((wait) -> assertThat(wait)
			.isCloseTo(RateLimitSettings.of(120, MINUTE).spacing(), Duration.ofMillis(1)));
		assertThat(appender.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
			assertThat(event.getFormattedMessage()).isEqualTo("Provider 'sunor': the shared rate-limit bucket "
					+ "keeps 120 requests per PT1M, set by the instance that created it, not this instance's 20 "
					+ "requests per PT1M; every instance draws on the bucket's limit. Configure the same rate-limit "
					+ "on every instance sharing the store: a changed limit applies once the bucket has expired");
		});
	}

	@Test
	void aLimitInForceSlowerThanOneRequestPerPeriodIsCountedPerDay() throws Exception {
		Bucket store = localBucket(RateLimitSettings.of(30, Duration.ofDays(1)));
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.shared("sunor",
				RateLimitSettings.of(10, Duration.ofSeconds(1)), () -> store, this.time.timing());

		assertThat(limiter.state().inForce()).isEqualTo(new RateLimitSettings(30, Duration.ofDays(1),
				RateLimitSettings.DEFAULT_MAX_WAIT, 0));
	}

	@Test
	void aLocalBucketsLimitInForceIsItsOwn() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(120, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());

		assertThat(limiter.state().inForce()).isEqualTo(settings);
		assertThat(limiter.state().limitDiffers()).isFalse();
		assertThat(Bucket4jRateLimiter.local("autype", RateLimitSettings.concurrency(5)).state().inForce()).isNull();
	}

	@Test
	void requestsInFlightAreLimitedOnThisInstance() throws Exception {
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("autype", RateLimitSettings.concurrency(2),
				this.time.timing());
		RateLimitPermit first = limiter.acquire(Duration.ZERO);
		RateLimitPermit second = limiter.acquire(Duration.ZERO);
		assertThat(limiter.state().inFlight()).isEqualTo(2);

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.acquire(Duration.ofMillis(50)))
			.withMessage("Provider 'autype': no rate-limit permit within rate-limit.max-wait (PT0.05S); all 2 "
					+ "requests allowed in flight at once (rate-limit.max-concurrent) stayed in flight")
			.satisfies((ex) -> assertThat(ex.getRequiredWait()).isNull());

		CompletableFuture<RateLimitPermit> waiting = CompletableFuture.supplyAsync(() -> {
			try {
				return limiter.acquire(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread.sleep(50);
		assertThat(waiting).isNotDone();
		first.release();
		first.release();
		waiting.get(5, TimeUnit.SECONDS).release();
		second.release();
		assertThat(limiter.state().inFlight()).isZero();
	}

	@Test
	void aRefusedRateGivesTheConcurrencyPlaceBack() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(60, MINUTE).withMaxConcurrent(1).withMaxWait(Duration.ZERO);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("autype", settings, this.time.timing());
		limiter.acquire(Duration.ZERO).release();

		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> limiter.acquire(Duration.ZERO));
		assertThat(limiter.state().inFlight()).isZero();
	}

	@Test
	void aPermitOnCreditComesAtOnceAndTheNextCallerWaitsATurnLonger() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(60, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		limiter.acquire(Duration.ZERO);

		limiter.acquireOnCredit().release();
		assertThat(this.time.waits()).isEmpty();
		limiter.acquire(Duration.ofSeconds(5));

		assertThat(this.time.totalWait()).isCloseTo(settings.spacing().multipliedBy(2), Duration.ofMillis(1));
	}

	@Test
	void noPermitOnCreditWhileTheProviderDemandsAPauseOrEveryPlaceIsTaken() throws Exception {
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("autype",
				RateLimitSettings.of(60, MINUTE).withMaxConcurrent(1), this.time.timing());
		RateLimitPermit inFlight = limiter.acquire(Duration.ZERO);
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(limiter::acquireOnCredit)
			.withMessageEndingWith("all 1 requests allowed in flight at once (rate-limit.max-concurrent) stayed in flight");
		inFlight.release();

		limiter.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("30"));
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(limiter::acquireOnCredit)
			.withMessage("Provider 'autype': no rate-limit permit within rate-limit.max-wait (PT0S); a request would "
					+ "have to wait PT30S (the provider demanded a pause (429, or X-RateLimit-Remaining: 0))");
		assertThat(limiter.state().inFlight()).isZero();
	}

	@Test
	void stateShowsTheNextTurnAndNoKey() throws Exception {
		RateLimitSettings settings = RateLimitSettings.of(60, MINUTE);
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", settings, this.time.timing());
		assertThat(limiter.state().nextPermitIn()).isZero();

		limiter.acquire(Duration.ZERO);

		RateLimitState state = limiter.state();
		assertThat(state.nextPermitIn()).isCloseTo(settings.spacing(), Duration.ofMillis(1));
		assertThat(state.shared()).isFalse();
		assertThat(state.settings()).isEqualTo(settings);
		assertThat(limiter).hasToString("Bucket4jRateLimiter[sunor, 60 requests per PT1M, local]");
	}

	@Test
	void aSharedBucketWhoseStoreFailsIsReplacedByALocalOneWithOneWarning() throws Exception {
		Bucket failing = failingBucket("redis://user:secret@cache:6379 unreachable");
		Bucket local = Bucket.builder().addLimit(Bucket4jRateLimiter.configuration(RateLimitSettings.of(60, MINUTE))
			.getBandwidths()[0]).build();
		Buckets buckets = Buckets.shared("sunor", () -> failing, local, this.time);
		Logger logger = (Logger) LoggerFactory.getLogger(Buckets.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			boolean first = buckets.call((bucket) -> bucket.tryConsume(1));
			// The store rests after a failure: the second operation goes to the local bucket at once.
			boolean second = buckets.call((bucket) -> bucket.tryConsume(1));
			assertThat(first).isTrue();
			assertThat(second).isFalse();
		}
		finally {
			logger.detachAppender(appender);
		}

		assertThat(buckets.shared()).isTrue();
		assertThat(appender.list).singleElement().satisfies((event) -> {
			assertThat(event.getFormattedMessage()).isEqualTo("The shared rate-limit bucket of provider 'sunor' cannot "
					+ "be reached (java.lang.IllegalStateException); this instance limits itself with a local bucket "
					+ "meanwhile, so together the instances may exceed the provider's limit");
			assertThat(event.getFormattedMessage()).doesNotContain("secret");
		});
	}

	@Test
	void aSharedBucketIsMadeAgainOnceTheStoreHasRestedSoABucketOnAClosedConnectionIsNotKept() {
		// The first bucket's connection was closed (the context stopped and started again); the next one is new.
		Bucket closed = failingBucket("Connection is closed");
		RateLimitSettings settings = RateLimitSettings.of(60, MINUTE);
		Bucket reopened = localBucket(settings);
		Deque<Bucket> made = new ArrayDeque<>(List.of(closed, reopened));
		AtomicInteger asked = new AtomicInteger();
		Buckets buckets = Buckets.shared("sunor", () -> {
			asked.incrementAndGet();
			return made.pop();
		}, localBucket(settings), this.time);

		boolean fromLocal = buckets.call((bucket) -> bucket.tryConsume(1));
		assertThat(fromLocal).as("taken from the local bucket").isTrue();
		assertThat(buckets.onFallback()).isTrue();
		this.time.advance(Duration.ofSeconds(Buckets.STORE_REST_SECONDS).minusMillis(1));
		buckets.call((bucket) -> bucket.tryConsume(1));
		assertThat(asked).as("the store rests").hasValue(1);

		this.time.advance(Duration.ofMillis(1));
		assertThat(buckets.onFallback()).isFalse();
		boolean fromNewBucket = buckets.call((bucket) -> bucket.tryConsume(1));
		assertThat(fromNewBucket).isTrue();
		assertThat(asked).hasValue(2);
		assertThat(reopened.getAvailableTokens()).as("the new shared bucket was drawn on").isZero();
		buckets.call((bucket) -> bucket.tryConsume(1));
		assertThat(asked).as("and is kept while it works").hasValue(2);
	}

	@Test
	void aStoreThatCannotBeReachedAtFirstUseFallsBackInsteadOfFailing() throws Exception {
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.shared("sunor", RateLimitSettings.of(60, MINUTE), () -> {
			throw new IllegalStateException("connection refused");
		}, "genmedia:rate-limit:sunor:0123456789abcdef");

		limiter.acquire(Duration.ZERO).release();
		assertThat(limiter.state().shared()).isTrue();
		assertThat(limiter).hasToString("Bucket4jRateLimiter[sunor, 60 requests per PT1M, shared]");
	}

	@Test
	void debtIsTheTokensThatRefillInThePauseRoundedUp() {
		assertThat(Bucket4jRateLimiter.tokensFor(Duration.ofSeconds(3), Duration.ofMillis(510))).isEqualTo(6);
		assertThat(Bucket4jRateLimiter.tokensFor(Duration.ofMillis(1020), Duration.ofMillis(510))).isEqualTo(2);
	}

	/** A shared bucket whose store fails every operation with the given message. */
	private static Bucket failingBucket(String message) {
		return (Bucket) Proxy.newProxyInstance(Bucket4jRateLimiterTest.class.getClassLoader(),
				new Class<?>[] { Bucket.class }, (proxy, method, args) -> {
					throw new IllegalStateException(message);
				});
	}

	private Bucket localBucket(RateLimitSettings settings) {
		return Bucket.builder()
			.addLimit(Bucket4jRateLimiter.configuration(settings).getBandwidths()[0])
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static HttpHeaders remaining(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-RateLimit-Remaining", value);
		return headers;
	}

	private static HttpHeaders remainingAndReset(String remaining, String reset) {
		HttpHeaders headers = remaining(remaining);
		headers.set("X-RateLimit-Reset", reset);
		return headers;
	}

	private static HttpHeaders retryAfter(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, value);
		return headers;
	}

}
