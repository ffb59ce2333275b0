package io.github.genmedia.providers.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * The keys a {@link ProviderCredentialSource} gives for one provider, kept for the time
 * it says and asked for again by the first request after that.
 * <p>
 * A source that fails, or gives keys that cannot be used, leaves the last good keys in
 * use (or the configured ones), logs one warning with the failure's type, and is asked
 * again after {@link #RETRY_AFTER_FAILURE}; only when there never were keys does the
 * request fail.
 */
public final class SourcedKeys implements KeySupply {

	/** How long after a failure the source is asked again. */
	public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(SourcedKeys.class);

	private final String provider;

	private final ProviderCredentialSource source;

	private final @Nullable KeySupply configured;

	private final UnaryOperator<Credential> check;

	private final Clock clock;

	private volatile @Nullable List<Credential> keys;

	private volatile Instant expiry = Instant.MIN;

	private volatile @Nullable String problem;

	/**
	 * Create the keys of a provider.
	 * @param provider the provider's name, as the source is asked
	 * @param source the application's source
	 * @param configured the configured keys, used when the source has none for the
	 * provider, or {@code null}
	 * @param check checks each key as a configured one is checked (a key prefix), throwing
	 * {@link InvalidCredentialException}
	 * @param clock the time source
	 */
	public SourcedKeys(String provider, ProviderCredentialSource source, @Nullable KeySupply configured,
			UnaryOperator<Credential> check, Clock clock) {
		this.provider = provider;
		this.source = source;
		this.configured = configured;
		this.check = check;
		this.clock = clock;
	}

	@Override
	public List<Credential> keys() {
		List<Credential> current = this.keys;
		if (current != null && this.clock.instant().isBefore(this.expiry)) {
			return current;
		}
		synchronized (this) {
			if (this.keys == null || !this.clock.instant().isBefore(this.expiry)) {
				refresh();
			}
			List<Credential> refreshed = this.keys;
			if (refreshed == null) {
				throw new ProviderCredentialUnavailableException(this.provider, String.valueOf(this.problem));
			}
			return refreshed;
		}
	}

	@Override
	public @Nullable String problem() {
		return this.problem;
	}

	private void refresh() {
		try {
			SourcedCredentials given = this.source.credentials(this.provider);
			if (given == null) {
				if (this.configured == null) {
					throw new NoCredentialException();
				}
				this.keys = this.configured.keys();
				this.expiry = this.clock.instant().plus(RETRY_AFTER_FAILURE);
			}
			else {
				this.keys = given.credentials().stream().map(this.check).toList();
				this.expiry = this.clock.instant().plus(given.cacheFor());
			}
			this.problem = null;
		}
		catch (Exception ex) {
			String now = (ex instanceof NoCredentialException) ? "the credential source has no credential for the provider"
					: (ex instanceof InvalidCredentialException invalid)
							? "the credential source gave a credential that " + invalid.getProblem()
							: "the credential source failed (" + ex.getClass().getName() + ")";
			if (!now.equals(this.problem)) {
				logger.warn(LogMessage.format("Provider '%s': %s; %s", this.provider, now,
						(this.keys != null) ? "keeping the last good credentials" : "no credential yet"));
			}
			this.problem = now;
			if (this.keys == null && this.configured != null) {
				this.keys = this.configured.keys();
			}
			this.expiry = this.clock.instant().plus(RETRY_AFTER_FAILURE);
		}
	}

	@Override
	public String toString() {
		return "SourcedKeys[" + this.provider + "]";
	}

	private static final class NoCredentialException extends RuntimeException {

		NoCredentialException() {
			super(null, null, false, false);
		}

	}

}
