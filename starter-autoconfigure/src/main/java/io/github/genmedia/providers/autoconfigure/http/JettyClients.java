package io.github.genmedia.providers.autoconfigure.http;

import java.util.List;

import org.springframework.boot.http.client.JettyClientHttpRequestFactoryBuilder;

/**
 * Jetty's clients, stopped with the context: a Jetty request factory stops only a client
 * it created itself, not one Spring Boot built for it, whose non-daemon threads would
 * otherwise keep the JVM alive. Loaded only when that library is the application's.
 */
final class JettyClients {

	private JettyClients() {
	}

	static JettyClientHttpRequestFactoryBuilder stoppedWith(JettyClientHttpRequestFactoryBuilder builder,
			List<AutoCloseable> built) {
		return builder.withHttpClientCustomizer((client) -> built.add(client::stop));
	}

}
