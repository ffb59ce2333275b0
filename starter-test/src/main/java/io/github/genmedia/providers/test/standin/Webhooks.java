package io.github.genmedia.providers.test.standin;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook deliveries, as Autype makes them: when a render asked for one, a single
 * {@code POST} of the outcome to its URL once the job is done, with the header the render
 * named. One try, as at Autype.
 * <p>
 * "Done" is on the stand-ins' {@link StandInClock}: while a test holds the time, nothing
 * is delivered; when it advances the time past a job's end, the delivery goes out. One
 * thread of their own, ended by {@link #stop()}.
 */
final class Webhooks {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private final StandInClock clock;

	private final Set<Delivery> pending = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService deliveries;

	Webhooks(StandInClock clock) {
		this.clock = clock;
		// With the stand-ins' other threads, whichever thread first moves the time.
		ThreadGroup group = Thread.currentThread().getThreadGroup();
		this.deliveries = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(group, runnable, "stand-in-webhooks");
			thread.setDaemon(true);
			return thread;
		});
		clock.onMoved(this::timeMoved);
	}

	/**
	 * Deliver the outcome of a job when it is done, if its render asked for a webhook.
	 * @param renderBody the render request's body
	 * @param done when the job is done, on the stand-ins' clock
	 * @param event the event to post, made when it is posted
	 */
	void deliverWhenDone(String renderBody, Instant done, Supplier<String> event) {
		JsonNode webhook = JsonMapper.shared().readTree(renderBody).path("webhook");
		String url = webhook.path("webhookUrl").asString("");
		if (url.isEmpty()) {
			return;
		}
		Map<String, String> headers = new LinkedHashMap<>();
		JsonNode auth = webhook.path("webhookAuth");
		if (auth.path("headerName").isString()) {
			headers.put(auth.path("headerName").asString(), auth.path("headerValue").asString(""));
		}
		Delivery delivery = new Delivery(URI.create(url), headers, done, event);
		this.pending.add(delivery);
		schedule(delivery);
	}

	/** Wait, on this thread, for the delivery's time; while the time is held, for it to move. */
	private void schedule(Delivery delivery) {
		if (this.clock.isPaused()) {
			return;
		}
		long wait = Math.max(0, Duration.between(this.clock.instant(), delivery.due()).toNanos());
		run(() -> deliverIfDue(delivery), wait);
	}

	private void deliverIfDue(Delivery delivery) {
		if (this.clock.instant().isBefore(delivery.due())) {
			schedule(delivery);
		}
		else if (this.pending.remove(delivery)) {
			delivery.send();
		}
	}

	private void timeMoved() {
		for (Delivery delivery : this.pending) {
			run(() -> deliverIfDue(delivery), 0);
		}
	}

	private void run(Runnable task, long delayNanos) {
		try {
			this.deliveries.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Stopped: nothing is delivered any more.
		}
	}

	/**
	 * Stop delivering, and wait for a delivery under way to end, so that no thread of the
	 * stand-ins outlives them.
	 */
	void stop() {
		this.pending.clear();
		this.deliveries.shutdownNow();
		try {
			this.deliveries.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One delivery to make; each is its own, however alike two are. */
	private static final class Delivery {

		private final URI url;

		private final Map<String, String> headers;

		private final Instant due;

		private final Supplier<String> event;

		Delivery(URI url, Map<String, String> headers, Instant due, Supplier<String> event) {
			this.url = url;
			this.headers = headers;
			this.due = due;
			this.event = event;
		}

		Instant due() {
			return this.due;
		}

		void send() {
			try {
				WebhookPost.send(this.url, this.headers, this.event.get());
			}
			catch (Exception ex) {
				// One try, as at Autype: a failed delivery is not repeated.
			}
		}

	}

}
