package io.github.genmedia.providers.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
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
 * One request thread asks the source when the time is up, while the others go on with
 * the keys they have. A source that fails, or gives keys that cannot be used, leaves the
 * last good keys in use (or the configured ones), logs one warning with the failure's
 * type, and is asked again after {@link #RETRY_AFTER_FAILURE}; only when there never were
 * keys does the request fail.
 */
public final class SourcedKeys implements KeySupply {

	/** How long after a failure the source is asked again. */
	public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(SourcedKeys.class);

	/** Marks that the configured keys are in use, read from their supply each time. */
	private static final List<Credential> DELEGATED = Collections.unmodifiableList(new ArrayList<>(0));

	private final String provider;

	private final ProviderCredentialSource source;

	private final @Nullable KeySupply configured;

	private final UnaryOperator<Credential> check;

	private final Clock clock;

	private final ReentrantLock refreshing = new ReentrantLock();

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
		if (!this.clock.instant().isBefore(this.expiry)) {
			refreshOnce();
		}
		List<Credential> current = this.keys;
		if (current == null) {
			throw new ProviderCredentialUnavailableException(this.provider, String.valueOf(this.problem));
		}
		return (current == DELEGATED) ? Objects.requireNonNull(this.configured).keys() : current;
	}

	/**
	 * Ask the source once, on one thread: the others go on with the keys they have, and
	 * wait only while there are none yet.
	 */
	private void refreshOnce() {
		if (this.keys != null) {
			if (this.refreshing.tryLock()) {
				try {
					if (!this.clock.instant().isBefore(this.expiry)) {
						refresh();
					}
				}
				finally {
					this.refreshing.unlock();
				}
			}
			return;
		}
		this.refreshing.lock();
		try {
			if (this.keys == null) {
				refresh();
			}
		}
		finally {
			this.refreshing.unlock();
		}
	}

	@Override
	public @Nullable String problem() {
		String own = this.problem;
		return (own != null || this.configured == null || this.keys != DELEGATED) ? own : this.configured.problem();
	}

	private void refresh() {
		try {
			SourcedCredentials given = this.source.credentials(this.provider);
			if (given == null) {
				if (this.configured == null) {
					throw new NoCredentialException();
				}
				// The configured keys, read live: a rotated key file is not held back.
				this.keys = DELEGATED;
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
				this.keys = DELEGATED;
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
