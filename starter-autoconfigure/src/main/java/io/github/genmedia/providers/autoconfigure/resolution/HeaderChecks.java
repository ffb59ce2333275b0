package io.github.genmedia.providers.autoconfigure.resolution;

import java.util.Map;

import io.github.genmedia.providers.auth.HeaderValues;
import io.github.genmedia.providers.autoconfigure.provider.ProviderProblems;

/**
 * Checks configured default headers: a valid name, and a value an HTTP header can carry
 * (described by character and position, never quoted: such headers often hold tokens).
 */
final class HeaderChecks {

	private HeaderChecks() {
	}

	static void check(Map<String, String> headers, ProviderProblems problems) {
		headers.forEach((header, value) -> {
			if (!AuthResolver.HEADER_TOKEN.matcher(header).matches()) {
				problems.add("default-headers", "'" + header + "' is not a valid HTTP header name",
						"Use letters, digits and '-' in header names.");
				return;
			}
			String problem = (value != null) ? HeaderValues.problemWith(value.strip()) : null;
			if (problem != null) {
				problems.add("default-headers." + header, problem,
						"Remove line breaks, invisible and non-ASCII characters from the header value.");
			}
		});
	}

}
