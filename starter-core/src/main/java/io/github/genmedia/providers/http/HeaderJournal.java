package io.github.genmedia.providers.http;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * An undo log of the changes made to a request's headers, so that a retry attempt or a
 * redirect hop can start from the headers the caller set rather than from those the
 * interceptors behind added (a credential for another origin, a header added twice, a
 * {@code Cookie} an interceptor consumed).
 * <p>
 * Copying headers up front would do the same, but Spring's case-insensitive headers
 * make a copy cost more than the rest of a provider client's interceptors together,
 * on every request, while almost none is ever repeated. The journal records the previous
 * value of a header only when it is changed, which on a typical request is once: when
 * the credential is written.
 *
 * @since 0.1.0
 */
public final class HeaderJournal {

	private final HttpHeaders target;

	/** Pairs of header name and its previous values, {@code null} when it was absent. */
	private @Nullable List<@Nullable Object> entries;

	HeaderJournal(HttpHeaders target) {
		this.target = target;
	}

	/**
	 * Return the current position, to {@link #undoTo(int) undo} back to.
	 * @return the number of changes recorded so far
	 */
	public int mark() {
		return (this.entries != null) ? this.entries.size() : 0;
	}

	/**
	 * Undo every change recorded after a mark, newest first.
	 * @param mark a position from {@link #mark()}
	 */
	@SuppressWarnings("unchecked")
	public void undoTo(int mark) {
		List<@Nullable Object> recorded = this.entries;
		if (recorded == null) {
			return;
		}
		for (int i = recorded.size() - 2; i >= mark; i -= 2) {
			String name = (String) recorded.get(i);
			List<String> previous = (List<String>) recorded.get(i + 1);
			if (previous != null) {
				this.target.put(name, new ArrayList<>(previous));
			}
			else {
				this.target.remove(name);
			}
			recorded.remove(i + 1);
			recorded.remove(i);
		}
	}

	/**
	 * Record the current values of a header that is about to change.
	 * @param name the header
	 */
	void record(String name) {
		List<String> current = this.target.get(name);
		if (this.entries == null) {
			this.entries = new ArrayList<>(4);
		}
		this.entries.add(name);
		this.entries.add((current != null) ? List.copyOf(current) : null);
	}

	HttpHeaders target() {
		return this.target;
	}

}
