package io.github.genmedia.providers.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;

import io.github.genmedia.providers.http.JournaledRequest;
import io.github.genmedia.providers.http.RequestBodies;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * A provider request: the HTTP library's request, with the pipeline's stages run around
 * its execution.
 * <p>
 * Headers and attributes are the library request's own, so the first attempt sends them
 * without a copy. A body of no known length that can be written twice (JSON, text, a
 * form) is held as bytes, sent with its length and sent again on a retry. Any other body
 * (a file, a byte array, a multipart upload, an {@code InputStream}) is handed to the
 * stages as {@link #STREAMED}, an empty array that stands for it, and the library request
 * writes it as it is read: again on each attempt where it can be written twice, once
 * where it cannot (an {@code InputStream}, or a multipart upload with one), and then the
 * request is marked not replayable. A repeated attempt
 * or a redirect hop gets a new library request with the current headers.
 */
final class ProviderRequest implements ClientHttpRequest, StreamingHttpOutputMessage {

	/** Stands for a body the stages do not hold: it is written when the request is sent. */
	static final byte[] STREAMED = new byte[0];

	private static final byte[] NO_BODY = new byte[0];

	private final ClientHttpRequest first;

	private final HttpHeaders headers;

	private final ProviderRequestFactory factory;

	private @Nullable Body body;

	private @Nullable ByteArrayOutputStream bodyStream;

	private boolean firstSent;

	private boolean executed;

	ProviderRequest(ClientHttpRequest first, ProviderRequestFactory factory) {
		this.first = first;
		this.headers = first.getHeaders();
		this.factory = factory;
	}

	@Override
	public HttpMethod getMethod() {
		return this.first.getMethod();
	}

	@Override
	public URI getURI() {
		return this.first.getURI();
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.first.getAttributes();
	}

	@Override
	public OutputStream getBody() {
		Assert.state(this.body == null, "Invoke either getBody or setBody; not both");
		if (this.bodyStream == null) {
			this.bodyStream = new ByteArrayOutputStream(256);
		}
		return this.bodyStream;
	}

	@Override
	public void setBody(Body body) {
		Assert.state(this.bodyStream == null, "Invoke either getBody or setBody; not both");
		this.body = body;
	}

	@Override
	public ClientHttpResponse execute() throws IOException {
		Assert.state(!this.executed, "ClientHttpRequest already executed");
		this.executed = true;
		byte[] stagedBody = NO_BODY;
		if (this.body != null && this.body.repeatable() && this.headers.getContentLength() < 0
				&& !isMultipart(this.headers.getContentType())) {
			// JSON and text: small, of no known length, so held to be sent with one.
			this.bodyStream = new ByteArrayOutputStream(256);
			this.body.writeTo(this.bodyStream);
			this.body = null;
		}
		if (this.bodyStream != null) {
			stagedBody = this.bodyStream.toByteArray();
		}
		else if (this.body != null) {
			// A file, a byte array or a multipart upload streams as it is written, again on
			// each attempt; an InputStream streams once.
			stagedBody = STREAMED;
			if (!this.body.repeatable()) {
				getAttributes().put(RequestBodies.REPLAYABLE_ATTRIBUTE, Boolean.FALSE);
			}
		}
		return new Step(0).execute(this, stagedBody);
	}

	/**
	 * Send a request the last stage handed on: the first attempt through the library
	 * request already holding the headers, any later one through a new one.
	 */
	private ClientHttpResponse send(HttpRequest staged, byte[] stagedBody) throws IOException {
		HttpRequest request = JournaledRequest.unwrap(staged);
		ClientHttpRequest target;
		if (request == this && !this.firstSent) {
			this.firstSent = true;
			target = this.first;
		}
		else {
			target = this.factory.delegate().createRequest(staged.getURI(), staged.getMethod());
			target.getHeaders().putAll(staged.getHeaders());
			target.getAttributes().putAll(staged.getAttributes());
		}
		writeBody(target, stagedBody);
		return target.execute();
	}

	private void writeBody(ClientHttpRequest target, byte[] stagedBody) throws IOException {
		Body streamed = (stagedBody == STREAMED) ? this.body : null;
		if (streamed != null) {
			if (target instanceof StreamingHttpOutputMessage streaming) {
				streaming.setBody(streamed);
			}
			else {
				streamed.writeTo(target.getBody());
			}
		}
		else if (stagedBody.length > 0) {
			if (target.getHeaders().getContentLength() < 0) {
				target.getHeaders().setContentLength(stagedBody.length);
			}
			if (target instanceof StreamingHttpOutputMessage streaming) {
				streaming.setBody(stagedBody);
			}
			else {
				target.getBody().write(stagedBody);
			}
		}
	}

	private static boolean isMultipart(@Nullable MediaType contentType) {
		return contentType != null && "multipart".equalsIgnoreCase(contentType.getType());
	}

	/**
	 * The rest of the pipeline from one stage on; the last step sends the request.
	 */
	private final class Step implements ClientHttpRequestExecution {

		private final int index;

		private @Nullable Step next;

		Step(int index) {
			this.index = index;
		}

		@Override
		public ClientHttpResponse execute(HttpRequest request, byte[] body) throws IOException {
			var stages = ProviderRequest.this.factory.stages();
			if (this.index == stages.length) {
				return send(request, body);
			}
			if (this.next == null) {
				this.next = new Step(this.index + 1);
			}
			return stages[this.index].intercept(request, body, this.next);
		}

	}

}
