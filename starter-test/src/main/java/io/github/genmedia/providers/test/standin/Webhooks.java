package io.github.genmedia.providers.test.standin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook deliveries, as Autype makes them: when a render asked for one, a single
 * {@code POST} of the outcome to its URL once the job is done, with the header the render
 * named. One try, as at Autype.
 */
final class Webhooks {

	private final Duration jobDuration;

	private final ScheduledExecutorService deliveries = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "stand-in-webhooks");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	Webhooks(Duration jobDuration) {
		this.jobDuration = jobDuration;
	}

	void deliverWhenDone(String renderBody, String jobId, Supplier<String> event) {
		JsonNode webhook = JsonMapper.shared().readTree(renderBody).path("webhook");
		String url = webhook.path("webhookUrl").asString("");
		if (url.isEmpty()) {
			return;
		}
		JsonNode auth = webhook.path("webhookAuth");
		this.deliveries.schedule(() -> deliver(url, auth, event.get()), this.jobDuration.toMillis() + 20,
				TimeUnit.MILLISECONDS);
	}

	private void deliver(String url, JsonNode auth, String event) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(event));
		if (auth.path("headerName").isString()) {
			request.header(auth.path("headerName").asString(), auth.path("headerValue").asString(""));
		}
		try {
			this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (Exception ex) {
			// One try, as at Autype: a failed delivery is not repeated.
		}
	}

	void stop() {
		this.deliveries.shutdownNow();
	}

}
