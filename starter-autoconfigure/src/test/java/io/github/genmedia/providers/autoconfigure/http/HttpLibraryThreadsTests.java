package io.github.genmedia.providers.autoconfigure.http;

import java.util.Set;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP clients built for providers end with the context: nothing keeps the JVM
 * alive, and repeated start/close cycles do not pile up threads.
 */
class HttpLibraryThreadsTests {

	private static final int CYCLES = 10;

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private ApplicationContextRunner runner(ClientHttpRequestFactoryBuilder<?> builder) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					ProvidersAutoConfiguration.class))
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> builder)
			.withPropertyValues("providers.sunor.api-key=sk-threads-test", "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.whisul.api-key=sk-threads-test", "providers.whisul.base-url=" + provider.baseUrl());
	}

	@Test
	void jettyClientsAreStoppedWithTheContext() {
		for (int i = 0; i < CYCLES; i++) {
			runner(ClientHttpRequestFactoryBuilder.jetty()).run(HttpLibraryThreadsTests::callBoth);
		}
		// Jetty's pool threads are not daemons: one left running keeps a plain main() alive.
		assertThat(threads((thread) -> !thread.isDaemon() && thread.getName().startsWith("HttpClient@"))).isEmpty();
	}

	@Test
	void jdkClientsDoNotPileUpAcrossContexts() throws InterruptedException {
		int before = jdkSelectors();
		for (int i = 0; i < CYCLES; i++) {
			runner(ClientHttpRequestFactoryBuilder.jdk()).run(HttpLibraryThreadsTests::callBoth);
		}
		boolean closeable = Runtime.version().feature() >= 21;
		// Spring Boot's RestClient.Builder bean builds a client of its own, which the starter
		// replaces and cannot reach: one per context, never used, ended by the collector.
		int bootsOwn = closeable ? CYCLES : 0;
		// A collected client's selector ends within its 3 s select timeout; generous on a busy machine.
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (jdkSelectors() > before + bootsOwn && System.nanoTime() < deadline) {
			Thread.sleep(100);
			if (!closeable) {
				// Java 17's HttpClient has no close(): its threads end when it is collected.
				System.gc();
			}
		}
		System.out.println("JDK HttpClient selector threads left after " + CYCLES + " contexts on Java "
				+ Runtime.version().feature() + ": " + (jdkSelectors() - before) + (closeable ? " (closed)" : " (after GC)"));
		assertThat(jdkSelectors()).isLessThanOrEqualTo(before + bootsOwn);
	}

	private static void callBoth(ApplicationContext context) {
		provider.stubFor(any(anyUrl()).willReturn(ok("{}")));
		context.getBean("sunorRestClient", RestClient.class).get().uri("/a").retrieve().toBodilessEntity();
		context.getBean("whisulRestClient", RestClient.class).get().uri("/b").retrieve().toBodilessEntity();
	}

	private static int jdkSelectors() {
		return threads((thread) -> thread.getName().matches("HttpClient-\\d+-SelectorManager")).size();
	}

	private static Set<Thread> threads(Predicate<Thread> filter) {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(filter)
			.collect(java.util.stream.Collectors.toSet());
	}

}
