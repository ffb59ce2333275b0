package io.github.genmedia.providers.http;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMapAdapter;

/**
 * The headers of a {@link JournaledRequest}: every change is recorded in the journal,
 * then made to the wrapped request's headers. Reads go straight to the wrapped headers'
 * own map, through the adapter this extends, and so do the adapter's bulk changes
 * ({@code addAll} of a map, {@code setAll}), which it makes one header at a time through
 * the methods here.
 * <p>
 * A value list taken with {@code get} and changed in place, or an entry changed through
 * {@code entrySet()}, bypasses the journal; {@link HttpHeaders}' own methods never do.
 */
final class JournalingHeaders extends MultiValueMapAdapter<String, String> {

	private final HeaderJournal journal;

	private final HttpHeaders target;

	JournalingHeaders(HeaderJournal journal) {
		super(journal.target().asMultiValueMap());
		this.journal = journal;
		this.target = journal.target();
	}

	@Override
	public void add(String key, @Nullable String value) {
		this.journal.record(key);
		this.target.add(key, value);
	}

	@Override
	public void addAll(String key, List<? extends String> values) {
		this.journal.record(key);
		this.target.addAll(key, values);
	}

	@Override
	public void set(String key, @Nullable String value) {
		this.journal.record(key);
		this.target.set(key, value);
	}

	@Override
	public @Nullable List<String> put(String key, List<String> value) {
		this.journal.record(key);
		return this.target.put(key, value);
	}

	@Override
	public @Nullable List<String> putIfAbsent(String key, List<String> value) {
		List<String> current = get(key);
		return (current != null) ? current : put(key, value);
	}

	@Override
	public @Nullable List<String> remove(Object key) {
		if (!(key instanceof String name) || !this.target.containsHeader(name)) {
			return null;
		}
		this.journal.record(name);
		return this.target.remove(name);
	}

	@Override
	public void putAll(Map<? extends String, ? extends List<String>> values) {
		values.forEach(this::put);
	}

	@Override
	public void clear() {
		List.copyOf(this.target.headerNames()).forEach(this::remove);
	}

}
