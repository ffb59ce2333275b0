package io.github.genmedia.providers.http;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header changes made through a journaled request reach the request, and are undone
 * exactly, back to any mark.
 */
class HeaderJournalTest {

	private final HttpHeaders original = new HttpHeaders();

	private final HttpRequest request = new Request(this.original);

	@Test
	void changesAreWrittenThroughAndUndoneToTheCallersHeaders() {
		this.original.add("Accept", "application/json");
		this.original.add("Cookie", "__client=a");
		JournaledRequest journaled = JournaledRequest.of(this.request);
		int mark = journaled.journal().mark();

		journaled.getHeaders().set("x-api-key", "key");
		journaled.getHeaders().add("X-Request-Id", "1");
		journaled.getHeaders().add("Accept", "text/plain");
		journaled.getHeaders().remove("Cookie");
		journaled.getHeaders().setBearerAuth("jwt");

		assertThat(this.original.getFirst("x-api-key")).isEqualTo("key");
		assertThat(this.original.get("Accept")).containsExactly("application/json", "text/plain");
		assertThat(this.original.containsHeader("Cookie")).isFalse();

		journaled.journal().undoTo(mark);

		assertThat(this.original.toSingleValueMap()).containsOnly(Map.entry("Accept", "application/json"),
				Map.entry("Cookie", "__client=a"));
		assertThat(this.original.get("Accept")).containsExactly("application/json");
	}

	@Test
	void anInnerMarkUndoesOnlyWhatCameAfterIt() {
		JournaledRequest journaled = JournaledRequest.of(this.request);
		journaled.getHeaders().set("X-Outer", "1");
		int inner = journaled.journal().mark();
		journaled.getHeaders().set("X-Outer", "2");
		journaled.getHeaders().set("X-Inner", "1");

		journaled.journal().undoTo(inner);

		assertThat(this.original.toSingleValueMap()).containsOnly(Map.entry("X-Outer", "1"));
	}

	@Test
	void aJournaledRequestIsJournaledOnceAndUnwrapsToTheRequest() {
		JournaledRequest journaled = JournaledRequest.of(this.request);

		assertThat(JournaledRequest.of(journaled)).isSameAs(journaled);
		assertThat(JournaledRequest.unwrap(journaled)).isSameAs(this.request);
		assertThat(JournaledRequest.unwrap(this.request)).isSameAs(this.request);
	}

	@Test
	void undoingTwiceChangesNothingMore() {
		this.original.set("Content-Type", "application/json");
		JournaledRequest journaled = JournaledRequest.of(this.request);
		journaled.getHeaders().remove("Content-Type");
		journaled.journal().undoTo(0);
		journaled.journal().undoTo(0);

		assertThat(this.original.get("Content-Type")).isEqualTo(List.of("application/json"));
	}

	@Test
	void bulkChangesAndPutIfAbsentAreJournaledHeaderByHeader() {
		this.original.set("Accept", "application/json");
		this.original.set("Cookie", "__client=a");
		JournaledRequest journaled = JournaledRequest.of(this.request);
		HttpHeaders more = new HttpHeaders();
		more.add("X-Trace", "1");
		more.add("Accept", "text/plain");

		journaled.getHeaders().addAll(more);
		journaled.getHeaders().setAll(Map.of("X-Set", "2"));
		journaled.getHeaders().putIfAbsent("X-Absent", List.of("3"));
		journaled.getHeaders().putIfAbsent("Cookie", List.of("__client=b"));
		assertThat(this.original.get("Accept")).containsExactly("application/json", "text/plain");
		assertThat(this.original.getFirst("X-Absent")).isEqualTo("3");
		assertThat(this.original.getFirst("Cookie")).isEqualTo("__client=a");
		journaled.getHeaders().clear();
		assertThat(this.original.isEmpty()).isTrue();

		journaled.journal().undoTo(0);

		assertThat(this.original.toSingleValueMap()).containsOnly(Map.entry("Accept", "application/json"),
				Map.entry("Cookie", "__client=a"));
	}

	private record Request(HttpHeaders headers) implements HttpRequest {

		@Override
		public HttpMethod getMethod() {
			return HttpMethod.GET;
		}

		@Override
		public URI getURI() {
			return URI.create("https://api.example/v1");
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return new HashMap<>();
		}

	}

}
