package io.github.genmedia.providers.autoconfigure.build;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import org.jspecify.annotations.Nullable;

/**
 * The configuration metadata's descriptions of a built-in provider's
 * {@code rate-limit.*} properties, written from its documented limit in one wording for
 * every provider, so that a preset states the number, period and source once, in its
 * {@link DocumentedRateLimit}. The source's page is cited in each description; what the
 * page states (after the colon) once, in the first limit the provider documents.
 */
final class RateLimitDescriptions {

	private RateLimitDescriptions() {
	}

	/**
	 * Return the descriptions of a provider's {@code rate-limit.*} properties, by name
	 * relative to {@code providers.<name>}; none when it documents no limit.
	 * @param preset the provider's preset
	 * @return for example {@code rate-limit.period}: {@code Period Sunor counts requests
	 * over: a minute (docs.sunor.cc/rate-limits).}
	 */
	static Map<String, String> of(ProviderPreset preset) {
		DocumentedRateLimit limit = preset.rateLimit();
		Map<String, String> descriptions = new LinkedHashMap<>();
		if (limit == null) {
			return descriptions;
		}
		String name = preset.displayName();
		int colon = limit.source().indexOf(": ");
		String page = (colon < 0) ? limit.source() : limit.source().substring(0, colon);
		@Nullable String statement = (colon < 0) ? null : limit.source().substring(colon + 2);
		String limits = (limit.requests() > 0 && limit.maxConcurrent() > 0) ? "limits" : "limit";
		descriptions.put("rate-limit.enabled", "Whether " + name + "'s requests are rate-limited. On by default: "
				+ name + " documents its " + limits + " (" + page + ").");
		if (limit.requests() > 0) {
			descriptions.put("rate-limit.requests", "Requests " + name + " accepts per period and key: "
					+ cited(limit.requests() + " per " + amount(limit.period(), false), "0 for no rate limit", page,
							statement));
			descriptions.put("rate-limit.period",
					"Period " + name + " counts requests over: " + amount(limit.period(), true) + " (" + page + ").");
			statement = null;
		}
		if (limit.maxConcurrent() > 0) {
			descriptions.put("rate-limit.max-concurrent", "Most requests in flight to " + name + " at once on this "
					+ "instance: " + cited(String.valueOf(limit.maxConcurrent()), "0 for no limit", page, statement));
		}
		return descriptions;
	}

	/**
	 * Cite the documentation for a limit: its page, or what the page states after the
	 * limit's description.
	 */
	private static String cited(String limit, String none, String page, @Nullable String statement) {
		return (statement != null) ? limit + "; " + none + ". " + page + " states: " + statement + "."
				: limit + " (" + page + "); " + none + ".";
	}

	/**
	 * Say a period in the largest unit it is a whole number of.
	 * @param period the period
	 * @param article whether a single unit reads {@code a minute} rather than
	 * {@code minute} (as in {@code per minute})
	 * @return for example {@code 90 seconds}
	 */
	static String amount(Duration period, boolean article) {
		long millis = period.toMillis();
		for (ChronoUnit unit : List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
			long size = unit.getDuration().toMillis();
			if (millis % size == 0) {
				String units = unit.toString().toLowerCase();
				String one = units.substring(0, units.length() - 1);
				if (millis != size) {
					return (millis / size) + " " + units;
				}
				return article ? ((unit == ChronoUnit.HOURS) ? "an " : "a ") + one : one;
			}
		}
		return millis + " milliseconds";
	}

}
