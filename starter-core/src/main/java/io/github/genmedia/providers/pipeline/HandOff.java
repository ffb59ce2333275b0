package io.github.genmedia.providers.pipeline;

import java.io.IOException;

import io.github.genmedia.providers.http.JournaledRequest;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The last stage of a pipeline, handing the request to the HTTP library without the
 * journaling view of its headers that the repeating stages put around it: the changes
 * are already written through, and the library copies the plain headers faster.
 */
final class HandOff implements ClientHttpRequestInterceptor {

	private final ClientHttpRequestInterceptor last;

	HandOff(ClientHttpRequestInterceptor last) {
		this.last = last;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		return this.last.intercept(request, body,
				(handed, handedBody) -> execution.execute(JournaledRequest.unwrap(handed), handedBody));
	}

	@Override
	public String toString() {
		return this.last.toString();
	}

}
