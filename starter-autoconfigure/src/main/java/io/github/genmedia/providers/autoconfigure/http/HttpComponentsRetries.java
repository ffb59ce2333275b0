package io.github.genmedia.providers.autoconfigure.http;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;

/**
 * Apache HttpClient 5 without its default retry strategy, which repeats a 429 or 503 for
 * every method after the provider's {@code Retry-After}, however long, and some I/O
 * failures. Loaded only when that library is the application's.
 */
final class HttpComponentsRetries {

	private HttpComponentsRetries() {
	}

	static HttpComponentsClientHttpRequestFactoryBuilder off(HttpComponentsClientHttpRequestFactoryBuilder builder) {
		return builder.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
	}

}
