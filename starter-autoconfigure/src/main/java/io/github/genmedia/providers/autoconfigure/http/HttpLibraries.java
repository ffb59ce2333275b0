package io.github.genmedia.providers.autoconfigure.http;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JettyClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ReflectionUtils;

/**
 * Builds the request factories of provider clients with the application's HTTP library,
 * minus the library's own retries, and closes everything it built.
 * <p>
 * A library that repeats requests by itself would send a {@code POST} answered 503 twice
 * (a second charge for a generation), ignore {@code retry.enabled=false}, and block a
 * caller for a {@code Retry-After} of any length. Apache HttpClient 5's retry strategy and
 * Reactor Netty's retry are switched off; Jetty repeats nothing that reached the server.
 * The JDK's client cannot be told (see {@code LibraryRetry}), so its second sending of a
 * dropped {@code GET} is counted as an attempt instead.
 * <p>
 * Closing: Apache HttpClient's pools through the request factory; Jetty's clients, which
 * a request factory does not stop when Spring Boot built them; the JDK's client on Java
 * 21 and later, where it can be closed. On Java 17 a JDK client's threads end when it is
 * garbage collected.
 *
 * @since 0.1.0
 */
public final class HttpLibraries implements DisposableBean {

	private static final Log logger = LogFactory.getLog(HttpLibraries.class);

	private final ClientHttpRequestFactoryBuilder<?> builder;

	private final List<AutoCloseable> built = new CopyOnWriteArrayList<>();

	private final Map<HttpClientSettings, ClientHttpRequestFactory> bySettings = new ConcurrentHashMap<>();

	/**
	 * Prepare to build request factories.
	 * @param builder the application's builder
	 */
	public HttpLibraries(ClientHttpRequestFactoryBuilder<?> builder) {
		this.builder = withoutLibraryRetries(builder);
	}

	/**
	 * Return a request factory with the given settings, to be closed with this object.
	 * Clients with the same settings (a provider's {@code RestClient} and its HTTP
	 * service group, typically) share one, and so one connection pool.
	 * @param settings its settings
	 * @return the request factory
	 */
	public ClientHttpRequestFactory build(HttpClientSettings settings) {
		return this.bySettings.computeIfAbsent(settings, this::create);
	}

	private ClientHttpRequestFactory create(HttpClientSettings settings) {
		ClientHttpRequestFactory requestFactory = this.builder.build(settings);
		this.built.add(closer(requestFactory));
		if (requestFactory instanceof JdkClientHttpRequestFactory jdk && jdkClient(jdk) instanceof AutoCloseable client) {
			this.built.add(client);
		}
		return requestFactory;
	}

	private ClientHttpRequestFactoryBuilder<?> withoutLibraryRetries(ClientHttpRequestFactoryBuilder<?> builder) {
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return HttpComponentsRetries.off(httpComponents);
		}
		if (builder instanceof ReactorClientHttpRequestFactoryBuilder reactor) {
			return ReactorRetries.off(reactor);
		}
		if (builder instanceof JettyClientHttpRequestFactoryBuilder jetty) {
			return JettyClients.stoppedWith(jetty, this.built);
		}
		return builder;
	}

	private static AutoCloseable closer(ClientHttpRequestFactory requestFactory) {
		return () -> {
			if (requestFactory instanceof DisposableBean disposable) {
				disposable.destroy();
			}
			else if (requestFactory instanceof AutoCloseable closeable) {
				closeable.close();
			}
		};
	}

	/** Spring's JDK request factory keeps its client to itself. */
	private static @Nullable Object jdkClient(JdkClientHttpRequestFactory requestFactory) {
		Field field = ReflectionUtils.findField(JdkClientHttpRequestFactory.class, "httpClient");
		if (field == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, requestFactory);
	}

	/**
	 * Close everything built: request factories, and the clients underneath that they do
	 * not close themselves.
	 */
	@Override
	public void destroy() {
		for (AutoCloseable closeable : this.built) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				logger.debug("Could not close an HTTP client built for a provider", ex);
			}
		}
		this.built.clear();
	}

}
