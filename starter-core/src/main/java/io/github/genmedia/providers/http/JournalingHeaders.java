package io.github.genmedia.providers.http;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;

/**
 * The headers of a {@link JournaledRequest}: every change is recorded in the journal,
 * then made to the wrapped request's headers. Reads go straight through.
 * <p>
 * A value list taken with {@code get} and changed in place, or an entry changed through
 * {@code entrySet()}, bypasses the journal; {@link HttpHeaders}' own methods never do.
 */
final class JournalingHeaders implements MultiValueMap<String, String> {

	private final HeaderJournal journal;

	private final HttpHeaders target;

	JournalingHeaders(HeaderJournal journal) {
		this.journal = journal;
		this.target = journal.target();
	}

	@Override
	public @Nullable String getFirst(String key) {
		return this.target.getFirst(key);
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
	public void addAll(MultiValueMap<String, String> values) {
		values.forEach(this::addAll);
	}

	@Override
	public void set(String key, @Nullable String value) {
		this.journal.record(key);
		this.target.set(key, value);
	}

	@Override
	public void setAll(Map<String, String> values) {
		values.forEach(this::set);
	}

	@Override
	public Map<String, String> toSingleValueMap() {
		return this.target.toSingleValueMap();
	}

	@Override
	public int size() {
		return this.target.size();
	}

	@Override
	public boolean isEmpty() {
		return this.target.isEmpty();
	}

	@Override
	public boolean containsKey(Object key) {
		return (key instanceof String name) && this.target.containsHeader(name);
	}

	@Override
	public boolean containsValue(Object value) {
		return this.target.headerSet().stream().anyMatch((entry) -> entry.getValue().equals(value));
	}

	@Override
	public @Nullable List<String> get(Object key) {
		return (key instanceof String name) ? this.target.get(name) : null;
	}

	@Override
	public @Nullable List<String> put(String key, List<String> value) {
		this.journal.record(key);
		return this.target.put(key, value);
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

	@Override
	public Set<String> keySet() {
		return this.target.headerNames();
	}

	@Override
	public Collection<List<String>> values() {
		return this.target.headerSet().stream().map(Map.Entry::getValue).toList();
	}

	@Override
	public Set<Entry<String, List<String>>> entrySet() {
		return this.target.headerSet();
	}

}
