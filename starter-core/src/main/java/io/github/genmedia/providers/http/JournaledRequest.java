package io.github.genmedia.providers.http;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.support.HttpRequestWrapper;

/**
 * A request whose header changes are recorded in a {@link HeaderJournal}, so that they
 * can be undone. The changes are written through to the wrapped request's headers.
 * <p>
 * The first stage that may repeat a request wraps it; stages behind it that also repeat
 * share the journal through {@link #of(HttpRequest)}; the last stage hands the wrapped
 * request on through {@link #unwrap(HttpRequest)}, so that the HTTP library copies the
 * headers it knows rather than this view of them.
 *
 * @since 0.1.0
 */
public final class JournaledRequest extends HttpRequestWrapper {

	private final HeaderJournal journal;

	private final HttpHeaders headers;

	private JournaledRequest(HttpRequest request, HeaderJournal journal) {
		super(request);
		this.journal = journal;
		this.headers = new HttpHeaders(new JournalingHeaders(journal));
	}

	/**
	 * Return the request with its changes journaled, wrapping it unless it already is.
	 * @param request the request
	 * @return a journaled request
	 */
	public static JournaledRequest of(HttpRequest request) {
		return (request instanceof JournaledRequest journaled) ? journaled
				: new JournaledRequest(request, new HeaderJournal(request.getHeaders()));
	}

	/**
	 * Return the request under any journaling, with every change so far applied.
	 * @param request a request, journaled or not
	 * @return the request to hand to the HTTP library
	 */
	public static HttpRequest unwrap(HttpRequest request) {
		return (request instanceof JournaledRequest journaled) ? journaled.getRequest() : request;
	}

	/**
	 * Return the journal of this request's header changes.
	 * @return the journal
	 */
	public HeaderJournal journal() {
		return this.journal;
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

}
