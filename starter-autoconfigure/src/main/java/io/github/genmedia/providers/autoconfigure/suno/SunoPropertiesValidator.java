package io.github.genmedia.providers.autoconfigure.suno;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.genmedia.providers.autoconfigure.ConfigurationProblem;

/**
 * Checks {@code providers.suno.*} beyond the cookie, so that a mistake is reported at
 * startup with the other providers' problems instead of failing inside a bean.
 */
public final class SunoPropertiesValidator {

	private static final String PREFIX = "providers.suno.";

	private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private SunoPropertiesValidator() {
	}

	/**
	 * Return the problems of Suno's settings.
	 * @param properties the bound properties
	 * @return the problems, empty when all is well
	 */
	public static List<ConfigurationProblem> validate(SunoProperties properties) {
		List<ConfigurationProblem> problems = new ArrayList<>();
		checkClerkUrl(properties.getClerk().getBaseUrl(), problems);
		positive("clerk.timeout", properties.getClerk().getTimeout(), problems);
		positive("token.fallback-refresh-interval", properties.getToken().getFallbackRefreshInterval(), problems);
		positive("token.retry-interval", properties.getToken().getRetryInterval(), problems);
		positive("token.wait", properties.getToken().getWait(), problems);
		positive("accounts.idle-expiry", properties.getAccounts().getIdleExpiry(), problems);
		Duration refreshBefore = properties.getToken().getRefreshBeforeExpiry();
		if (refreshBefore == null || refreshBefore.isNegative()) {
			problems.add(new ConfigurationProblem(PREFIX + "token.refresh-before-expiry", "must not be negative",
					"Set it to how long before the JWT expires it is refreshed, such as 30s."));
		}
		if (properties.getAccounts().getMaxCached() < 1) {
			problems.add(new ConfigurationProblem(PREFIX + "accounts.max-cached",
					"must be at least 1, but is " + properties.getAccounts().getMaxCached(),
					"Set it to the most accounts whose tokens are kept fresh at once, such as 100."));
		}
		return problems;
	}

	/**
	 * Every Clerk call carries the account's {@code __client}: plain http is allowed for
	 * a local stand-in only.
	 */
	private static void checkClerkUrl(String url, List<ConfigurationProblem> problems) {
		String property = PREFIX + "clerk.base-url";
		String action = "Set " + property + " to Suno's Clerk URL, https://auth.suno.com by default.";
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException | NullPointerException ex) {
			problems.add(new ConfigurationProblem(property, "is not a valid URL", action));
			return;
		}
		if (uri.getHost() == null || uri.getScheme() == null) {
			problems.add(new ConfigurationProblem(property, "'" + url + "' is not an absolute URL with a host", action));
		}
		else if (!"https".equalsIgnoreCase(uri.getScheme())
				&& !("http".equalsIgnoreCase(uri.getScheme()) && LOOPBACK_HOSTS.contains(uri.getHost()))) {
			problems.add(new ConfigurationProblem(property,
					"must use https (plain http only for localhost): every call carries the account's __client",
					action));
		}
	}

	private static void positive(String property, Duration value, List<ConfigurationProblem> problems) {
		if (value == null || value.isNegative() || value.isZero()) {
			problems.add(new ConfigurationProblem(PREFIX + property, "must be positive, but is " + value,
					"Set " + PREFIX + property + " to a positive duration, or remove it for the default."));
		}
	}

}
