package io.github.genmedia.providers.autoconfigure.http;

import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;

/**
 * Reactor Netty without its retry of a request whose connection closed before the
 * request was sent. Loaded only when that library is the application's.
 */
final class ReactorRetries {

	private ReactorRetries() {
	}

	static ReactorClientHttpRequestFactoryBuilder off(ReactorClientHttpRequestFactoryBuilder builder) {
		return builder.withHttpClientCustomizer((client) -> client.disableRetry(true));
	}

}
