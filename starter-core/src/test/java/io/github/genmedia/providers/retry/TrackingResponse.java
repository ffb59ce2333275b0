package io.github.genmedia.providers.retry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A response that remembers whether it was closed, either standing alone or wrapping a
 * real one.
 */
final class TrackingResponse implements ClientHttpResponse {

	private final ClientHttpResponse delegate;

	private final HttpStatusCode status;

	private final HttpHeaders headers;

	private boolean closed;

	TrackingResponse(ClientHttpResponse delegate) {
		this.delegate = delegate;
		this.status = null;
		this.headers = null;
	}

	TrackingResponse(int status) {
		this.delegate = null;
		this.status = HttpStatusCode.valueOf(status);
		this.headers = new HttpHeaders();
	}

	boolean isClosed() {
		return this.closed;
	}

	@Override
	public HttpStatusCode getStatusCode() throws IOException {
		return (this.delegate != null) ? this.delegate.getStatusCode() : this.status;
	}

	@Override
	public String getStatusText() throws IOException {
		return (this.delegate != null) ? this.delegate.getStatusText() : "";
	}

	@Override
	public HttpHeaders getHeaders() {
		return (this.delegate != null) ? this.delegate.getHeaders() : this.headers;
	}

	@Override
	public InputStream getBody() throws IOException {
		return (this.delegate != null) ? this.delegate.getBody() : new ByteArrayInputStream(new byte[0]);
	}

	@Override
	public void close() {
		this.closed = true;
		if (this.delegate != null) {
			this.delegate.close();
		}
	}

}
