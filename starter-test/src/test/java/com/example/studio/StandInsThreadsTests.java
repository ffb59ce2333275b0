package com.example.studio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandInsInitializer;
import io.github.genmedia.providers.test.StandInTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every thread the stand-ins start ends with their context, after webhook deliveries
 * too: a test suite that starts many contexts does not pile them up.
 * <p>
 * The stand-ins are started from a thread of a group of its own, so that every thread
 * they start belongs to that group (a thread belongs to the group of the thread that
 * creates it); the application's own threads, such as its HTTP client's, are elsewhere.
 */
class StandInsThreadsTests {

	private final ThreadGroup standInThreads = new ThreadGroup("stand-ins-under-test");

	private final AtomicInteger deliveries = new AtomicInteger();

	private HttpServer receiver;

	@BeforeEach
	void receiveWebhooks() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hooks/autype", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.deliveries.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiving() {
		this.receiver.stop(0);
	}

	@Test
	void noThreadOfTheStandInsOutlivesTheirContextAfterWebhookDeliveries() {
		ProviderStandInsInitializer standIns = new ProviderStandInsInitializer(Duration.ofSeconds(1),
				Duration.ofSeconds(60));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					ProvidersAutoConfiguration.class, SunoAutoConfiguration.class,
					HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class,
					ProviderJobsAutoConfiguration.class))
			.withInitializer((context) -> startedInTheGroup(() -> standIns.initialize(context)))
			.withPropertyValues("providers.autype.jobs.webhook-url=http://127.0.0.1:"
					+ this.receiver.getAddress().getPort() + "/hooks/autype")
			.run((context) -> {
				AutypeJobs autype = context.getBean(AutypeJobs.class);
				StandInTime time = context.getBean(ProviderStandIns.class).time();
				time.pause();
				autype.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# One"));
				autype.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Two"));
				time.advance(Duration.ofSeconds(1));

				await().atMost(Duration.ofSeconds(30)).until(() -> this.deliveries.get() == 2);
				assertThat(threadsOfTheStandIns()).as("the test sees the stand-ins' threads").isNotEmpty();
			});

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(threadsOfTheStandIns()).as("threads of the stand-ins left running")
				.isEmpty());
	}

	private void startedInTheGroup(Runnable start) {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Thread starter = new Thread(this.standInThreads, () -> {
			try {
				start.run();
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
		}, "starts-the-stand-ins");
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	private List<String> threadsOfTheStandIns() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive() && thread.getThreadGroup() == this.standInThreads)
			.map(Thread::getName)
			.toList();
	}

}
