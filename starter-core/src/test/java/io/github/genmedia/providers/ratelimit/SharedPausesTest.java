package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Limiters of several instances that share a bucket and their pauses, on one clock the
 * test controls: a pause one instance learns holds on the others at once, for callers
 * they had already queued too.
 */
class SharedPausesTest {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private static final String KEY = "genmedia:rate-limit:sunor:0123456789abcdef";

	private final FakeTime time = new FakeTime();

	private final Board board = new Board();

	private final RateLimitSettings settings = RateLimitSettings.of(60, MINUTE);

	private final Bucket store = Bucket.builder()
		.addLimit(Bucket4jRateLimiter.configuration(this.settings).getBandwidths()[0])
		.withCustomTimePrecision(this.time)
		.build();

	@Test
	void aCallerQueuedOnAnotherInstanceWaitsOutThePauseInsteadOfSendingAtItsTurn() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings);
		Bucket4jRateLimiter b = instance(this.settings);
		a.acquire(Duration.ZERO);
		// While b's caller waits for its turn, a's request is answered with a 429.
		this.time.duringNextWait(() -> a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("10")));

		b.acquire(Duration.ofSeconds(30));

		// Its turn, then pushed back by the whole pause: it sends only after the pause.
		assertThat(this.time.waits()).containsExactly(this.settings.spacing(), Duration.ofSeconds(10));
		assertThat(this.board.posted).as("a posts its pause once; b, which heard it, posts nothing").hasSize(1);
	}

	@Test
	void aCallerSittingOutOnePauseSitsOutAnotherHeardMeanwhile() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings);
		Bucket4jRateLimiter b = instance(this.settings);
		a.acquire(Duration.ZERO);
		// During b's turn a learns a pause of 10 s; while b's caller sits it out, a longer one.
		this.time.duringNextWait(() -> {
			a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("10"));
			this.time.duringNextWait(() -> a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("20")));
		});

		b.acquire(Duration.ofSeconds(40));

		// The second pause, learned a spacing after the first, ends 20 s after it was learned,
		// extending the first by 10 s and a spacing: the caller sits out that too.
		assertThat(this.time.waits()).containsExactly(this.settings.spacing(), Duration.ofSeconds(10),
				Duration.ofSeconds(10).plus(this.settings.spacing()));
	}

	@Test
	void aPauseBeyondMaxWaitRefusesTheCallersQueuedOnTheOtherInstanceAndShowsThere() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings);
		Bucket4jRateLimiter b = instance(this.settings);
		a.acquire(Duration.ZERO);
		this.time.duringNextWait(() -> a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("60")));

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> b.acquire(Duration.ofSeconds(30)))
			.satisfies((ex) -> assertThat(ex.getRequiredWait()).isGreaterThan(Duration.ofSeconds(30)));

		RateLimitState state = b.state();
		assertThat(state.pausedBeyondMaxWait()).isTrue();
		assertThat(state.pause().cause()).isEqualTo(RateLimitPause.Cause.TOO_MANY_REQUESTS);
		assertThat(state.pause().demanded()).isEqualTo(Duration.ofSeconds(60));
		assertThat(state.pauseSharing()).isEqualTo(RateLimitState.PauseSharing.SHARED);
	}

	@Test
	void anInstanceStartedDuringAPauseHearsItAtOnce() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings);
		a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("40"));
		this.time.advance(Duration.ofSeconds(10));

		Bucket4jRateLimiter late = instance(this.settings);

		assertThat(late.state().pausedFor()).isEqualTo(Duration.ofSeconds(30));
		assertThat(late.state().pausedBeyondMaxWait()).isFalse();
	}

	@Test
	void aHeardPauseIsCutToThisInstancesMaxPauseAndAnEndedOneIsIgnored() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings.withMaxPause(Duration.ofMinutes(10)));
		Bucket4jRateLimiter b = instance(this.settings.withMaxPause(Duration.ofMinutes(2)));

		a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("600"));

		assertThat(b.state().pausedFor()).isEqualTo(Duration.ofMinutes(2));
		assertThat(b.state().pause().taken()).isEqualTo(Duration.ofMinutes(2));
		this.time.advance(Duration.ofMinutes(11));
		Bucket4jRateLimiter late = instance(this.settings);
		assertThat(late.state().pause()).isNull();
	}

	@Test
	void aPauseReadAgainIsNotTakenAgainSoTheCutHoldsFromWhenItWasFirstHeard() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings.withMaxPause(Duration.ofMinutes(10)));
		Bucket4jRateLimiter b = instance(this.settings.withMaxPause(Duration.ofMinutes(2)));
		a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("600"));
		this.time.advance(MINUTE);

		// Redis hands the stored pause on again at every read (every 5 s, and at each listen).
		this.board.redeliver(KEY);

		assertThat(b.state().pausedFor()).as("the 2 minutes cut from when it was first heard, not again from now")
			.isEqualTo(MINUTE);
	}

	@Test
	void aShorterPauseHeardLaterDoesNotShortenTheOneKnown() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings);
		Bucket4jRateLimiter b = instance(this.settings);
		b.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("20"));

		a.learn(HttpStatus.TOO_MANY_REQUESTS, retryAfter("5"));

		assertThat(b.state().pausedFor()).isEqualTo(Duration.ofSeconds(20));
		assertThat(a.state().pausedFor()).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void healthSaysWhenPausesCannotBeSharedAndALocalLimiterSharesNone() throws Exception {
		Bucket4jRateLimiter a = instance(this.settings);
		this.board.available = false;

		assertThat(a.state().pauseSharing()).isEqualTo(RateLimitState.PauseSharing.UNAVAILABLE);
		assertThat(Bucket4jRateLimiter.local("sunor", this.settings, this.time.timing()).state().pauseSharing())
			.isEqualTo(RateLimitState.PauseSharing.NONE);
	}

	private Bucket4jRateLimiter instance(RateLimitSettings settings) {
		return Bucket4jRateLimiter.shared("sunor", settings, () -> this.store, this.time.timing(),
				new Bucket4jRateLimiter.SharedPause(this.board, KEY));
	}

	private static HttpHeaders retryAfter(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, value);
		return headers;
	}

	/**
	 * A store of pauses in memory: keeps the longest pause of a key and tells every other
	 * listener of it, as Redis does for instances.
	 */
	private static final class Board implements SharedPauses {

		private final Map<String, RateLimitPause> stored = new ConcurrentHashMap<>();

		private final List<Consumer<RateLimitPause>> listeners = new CopyOnWriteArrayList<>();

		private final List<RateLimitPause> posted = new ArrayList<>();

		private volatile boolean available = true;

		@Override
		public void post(String key, RateLimitPause pause) {
			this.posted.add(pause);
			RateLimitPause kept = this.stored.merge(key, pause,
					(known, next) -> next.until().isAfter(known.until()) ? next : known);
			if (kept == pause) {
				// The poster hears its own pause too, as Redis tells every subscriber.
				this.listeners.forEach((listener) -> listener.accept(pause));
			}
		}

		@Override
		public void listen(String key, Consumer<RateLimitPause> listener) {
			this.listeners.add(listener);
			RateLimitPause known = this.stored.get(key);
			if (known != null) {
				listener.accept(known);
			}
		}

		/** Hand the stored pause on again, as each read of Redis does. */
		void redeliver(String key) {
			RateLimitPause known = this.stored.get(key);
			if (known != null) {
				this.listeners.forEach((listener) -> listener.accept(known));
			}
		}

		@Override
		public boolean available() {
			return this.available;
		}

	}

}
