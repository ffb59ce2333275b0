package io.github.genmedia.providers.pipeline;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * The request factory of a provider client: every request it creates runs the
 * pipeline's stages around the HTTP library's own request.
 * <p>
 * Spring's {@code RestClient} runs interceptors by buffering every request body in
 * memory, streamed ones included, and copying the headers once more. The stages run here
 * instead: the headers the client sets go straight into the library's request; JSON and
 * text bodies are held once, to be sent with a length on each attempt; files and byte
 * arrays stream on each attempt; and a body streamed from an {@code InputStream} streams
 * once: it is neither retried nor replayed to a redirect.
 */
final class ProviderRequestFactory implements ClientHttpRequestFactory {

	private final ClientHttpRequestFactory delegate;

	private final ClientHttpRequestInterceptor[] stages;

	ProviderRequestFactory(ClientHttpRequestFactory delegate, List<ClientHttpRequestInterceptor> stages) {
		this.delegate = delegate;
		this.stages = stages.toArray(ClientHttpRequestInterceptor[]::new);
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return new ProviderRequest(this.delegate.createRequest(uri, httpMethod), this);
	}

	ClientHttpRequestFactory delegate() {
		return this.delegate;
	}

	ClientHttpRequestInterceptor[] stages() {
		return this.stages;
	}

	@Override
	public String toString() {
		return "ProviderRequestFactory[" + this.delegate.getClass().getSimpleName() + "]";
	}

}
