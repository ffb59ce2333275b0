package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.github.genmedia.providers.autoconfigure.redis.LazyRedisConnection;
import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections;
import io.github.genmedia.providers.ratelimit.RateLimitPause;
import io.github.genmedia.providers.ratelimit.SharedPauses;
import io.github.genmedia.providers.scheduling.StarterSchedulers;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Pauses shared through Redis: a pause key per shared bucket,
 * {@code genmedia:rate-limit:<provider>:<fingerprint>:pause}, holding the longest pause
 * learned for it ({@link StoredPause}) with a time to live of what remains of it, and a
 * message on the channel {@value #CHANNEL} whenever one is extended, which every instance
 * applies to its limiter of that bucket at once.
 * <p>
 * The connections ({@link PauseConnections}) are opened for this class's thread, once the
 * context has started, never by a caller: a Redis that is down delays nothing. They are
 * closed with the starter's other Redis connections ({@link ProvidersRedisConnections}),
 * after this class's thread stops and before Spring Boot's connection factory. That
 * thread also reads the pause keys of this
 * instance's limiters every {@value #READ_SECONDS} seconds, so that an instance that
 * starts during a pause, or missed a message while Redis was away, hears it all the same.
 * When Redis cannot be reached, each instance keeps the pauses it learns to itself,
 * {@link #available()} says so (health shows it), and one warning is logged per outage,
 * naming only the exception's type.
 */
final class RedisSharedPauses implements SharedPauses, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RedisSharedPauses.class);

	static final String CHANNEL = "genmedia:rate-limit:pauses";

	static final String KEY_SUFFIX = ":pause";

	static final int READ_SECONDS = 5;

	private final LazyRedisConnection<PauseConnections> connection;

	private final String origin = UUID.randomUUID().toString();

	private final Clock clock = Clock.systemUTC();

	/** The listeners of each bucket's key, held weakly (see {@link SharedPauses#listen}). */
	private final Map<String, List<WeakReference<Consumer<RateLimitPause>>>> listeners = new ConcurrentHashMap<>();

	private volatile @Nullable ThreadPoolTaskScheduler thread;

	private final AtomicBoolean available = new AtomicBoolean(true);

	RedisSharedPauses(ProvidersRedisConnections connections) {
		this.connection = connections.open("rate-limit pauses",
				(client) -> PauseConnections.open(client, CHANNEL, new RedisPubSubAdapter<>() {

					@Override
					public void message(String channel, String message) {
						StoredPause.Heard heard = StoredPause.parseMessage(message);
						if (heard != null) {
							hear(heard.key(), heard.pause());
						}
					}

				}), PauseConnections::close);
	}

	@Override
	public synchronized void start() {
		if (this.thread == null) {
			ThreadPoolTaskScheduler thread = StarterSchedulers.platform("genmedia-rate-limit-pauses-", 1);
			// Running before the first read, so that a Redis already down is reported.
			this.thread = thread;
			thread.scheduleWithFixedDelay(this::readAll, Duration.ofSeconds(READ_SECONDS));
		}
	}

	@Override
	public synchronized void stop() {
		ThreadPoolTaskScheduler thread = this.thread;
		this.thread = null;
		if (thread != null) {
			thread.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/** After the connections (phase {@value ProvidersRedisConnections#PHASE}) start, and before they close. */
	@Override
	public int getPhase() {
		return 1000;
	}

	@Override
	public void post(String key, RateLimitPause pause) {
		PauseConnections connections = this.connection.now();
		if (connections != null) {
			post(connections, key, pause);
		}
		else {
			// Not connected yet, or Redis is away: this class's thread connects first.
			onThread(() -> post(this.connection.get(), key, pause));
		}
	}

	private void post(PauseConnections connections, String key, RateLimitPause pause) {
		StoredPause stored = new StoredPause(pause, this.origin);
		long timeToLive = stored.until() - this.clock.millis();
		if (timeToLive <= 0) {
			return;
		}
		String value = stored.value();
		try {
			connections
				.extend(key + KEY_SUFFIX, String.valueOf(stored.until()), String.valueOf(timeToLive), value,
						CHANNEL, StoredPause.message(value, key))
				.whenComplete((extended, ex) -> {
					if (ex != null) {
						failed(ex);
					}
					else {
						succeeded();
					}
				});
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	@Override
	public void listen(String key, Consumer<RateLimitPause> listener) {
		this.listeners.computeIfAbsent(key, (ignored) -> new CopyOnWriteArrayList<>())
			.add(new WeakReference<>(listener));
		onThread(() -> read(List.of(key)));
	}

	/** Run a task on this class's thread, once started; before, the first read covers it. */
	private void onThread(Runnable task) {
		ThreadPoolTaskScheduler thread = this.thread;
		if (thread == null) {
			return;
		}
		try {
			thread.execute(() -> {
				try {
					task.run();
				}
				catch (RuntimeException ex) {
					failed(ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// stopped meanwhile
		}
	}

	@Override
	public boolean available() {
		return this.available.get();
	}

	private void readAll() {
		this.listeners.values().forEach((refs) -> refs.removeIf((ref) -> ref.get() == null));
		this.listeners.values().removeIf(List::isEmpty);
		read(List.copyOf(this.listeners.keySet()));
	}

	/** On this class's thread: connect if need be, and hear the pauses stored for the keys. */
	private void read(List<String> keys) {
		try {
			PauseConnections connections = this.connection.get();
			if (!keys.isEmpty()) {
				connections.read(keys.stream().map((key) -> key + KEY_SUFFIX).toList())
					.forEach((pauseKey, value) -> hear(pauseKey.substring(0, pauseKey.length() - KEY_SUFFIX.length()),
							StoredPause.parse(value)));
			}
			succeeded();
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	private void hear(String key, @Nullable StoredPause stored) {
		if (stored == null || stored.origin().equals(this.origin)) {
			return;
		}
		for (WeakReference<Consumer<RateLimitPause>> ref : this.listeners.getOrDefault(key, List.of())) {
			Consumer<RateLimitPause> listener = ref.get();
			if (listener != null) {
				listener.accept(stored.pause());
			}
		}
	}

	private void succeeded() {
		if (this.available.compareAndSet(false, true)) {
			logger.info("Pauses of the providers' rate limits are shared through Redis again");
		}
	}

	/**
	 * Only the exception's type: a message of the Redis client may name hosts and user
	 * names. Nothing once stopped: the connections then close, and that is no outage.
	 */
	private void failed(Throwable ex) {
		if (isRunning() && this.available.compareAndSet(true, false)) {
			logger.warn("Pauses the providers demand (429, a spent window) cannot be shared through Redis ("
					+ ex.getClass().getName() + "): each instance keeps the pauses it learns to itself until Redis "
					+ "answers again, and the others wait them out only for their next turn");
		}
	}

}
