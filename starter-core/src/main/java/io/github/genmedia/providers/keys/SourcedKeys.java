package io.github.genmedia.providers.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * <p>
 * The source is asked on a daemon thread of its own, and the request waits for its
 * answer at most the timeout: a source that does not answer in time counts as failed
 * (the last keys stay, the problem shows in health), while its call goes on. The next
 * time the source is due, that same call's answer is taken if it came meanwhile, or
 * waited for again: a source is never asked twice at once for one provider, however
 * long it hangs.
 *
 * @since 0.1.0
 */
public final class SourcedKeys implements KeySupply, AutoCloseable {

	/** How long after a failure the source is asked again. */
	public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

	/**
	 * How long a request waits for the source by default: a secret store answers in
	 * milliseconds, a Vault behind a slow network in a second or two; longer than 5 s is
	 * an outage, and a request that waits for it waits longer than a provider's call.
	 */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private static final Log logger = LogFactory.getLog(SourcedKeys.class);

	/** Marks that the configured keys are in use, read from their supply each time. */
	private static final List<Credential> DELEGATED = Collections.unmodifiableList(new ArrayList<>(0));

	private final String provider;

	private final ProviderCredentialSource source;

	private final @Nullable KeySupply configured;

	private final UnaryOperator<Credential> check;

	private final Clock clock;

	private final Duration timeout;

	private final ReentrantLock refreshing = new ReentrantLock();

	/** The source's call still running after a timeout; set under {@link #refreshing}. */
	private volatile @Nullable FutureTask<@Nullable SourcedCredentials> asking;

	/** Whether the last failure was the source's silence, for a typed exception. */
	private volatile boolean timedOut;

	private volatile @Nullable List<Credential> keys;

	private volatile Instant expiry = Instant.MIN;

	private volatile @Nullable String problem;

	/**
	 * Create the keys of a provider that waits for the source at most
	 * {@link #DEFAULT_TIMEOUT}.
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
		this(provider, source, configured, check, CredentialSourceTiming.of(clock));
	}

	/**
	 * Create the keys of a provider.
	 * @param provider the provider's name, as the source is asked
	 * @param source the application's source
	 * @param configured the configured keys, used when the source has none for the
	 * provider, or {@code null}
	 * @param check checks each key as a configured one is checked (a key prefix), throwing
	 * {@link InvalidCredentialException}
	 * @param timing the time source and how long a request waits for the source's answer
	 */
	public SourcedKeys(String provider, ProviderCredentialSource source, @Nullable KeySupply configured,
			UnaryOperator<Credential> check, CredentialSourceTiming timing) {
		this.provider = provider;
		this.source = source;
		this.configured = configured;
		this.check = check;
		this.clock = timing.clock();
		this.timeout = timing.timeout();
	}

	@Override
	public List<Credential> keys() {
		if (!this.clock.instant().isBefore(this.expiry)) {
			refreshOnce();
		}
		List<Credential> current = this.keys;
		if (current == null) {
			String known = this.problem;
			// No problem yet: this request was interrupted while it waited for the first answer.
			String problem = (known != null) ? known : "the credential source has not answered yet";
			throw this.timedOut ? new CredentialSourceTimeoutException(this.provider, problem, this.timeout)
					: new ProviderCredentialUnavailableException(this.provider, problem);
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
			// Not again when the thread before this one has just failed: each would wait a
			// timeout in turn.
			if (this.keys == null && !this.clock.instant().isBefore(this.expiry)) {
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
			SourcedCredentials given = ask();
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
			this.timedOut = false;
		}
		catch (InterruptedException ex) {
			// The caller's interrupt, not the source's fault: it is asked again next time.
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			String now = (ex instanceof TimeoutException) ? "the credential source did not answer within " + text(this.timeout)
					: (ex instanceof NoCredentialException) ? "the credential source has no credential for the provider"
					: (ex instanceof InvalidCredentialException invalid)
							? "the credential source gave a credential that " + invalid.getProblem()
							: "the credential source failed (" + ex.getClass().getName() + ")";
			if (!now.equals(this.problem)) {
				logger.warn(LogMessage.format("Provider '%s': %s; %s", this.provider, now,
						(this.keys != null) ? "keeping the last good credentials" : "no credential yet"));
			}
			this.problem = now;
			this.timedOut = ex instanceof TimeoutException;
			if (this.keys == null && this.configured != null) {
				this.keys = DELEGATED;
			}
			this.expiry = this.clock.instant().plus(RETRY_AFTER_FAILURE);
		}
	}

	/**
	 * Ask the source on a thread of its own, or take up the call still running from last
	 * time, and wait for the answer at most the timeout.
	 */
	private @Nullable SourcedCredentials ask() throws Exception {
		FutureTask<@Nullable SourcedCredentials> call = this.asking;
		if (call == null) {
			call = new FutureTask<>(() -> this.source.credentials(this.provider));
			Thread thread = new Thread(call, "genmedia-credential-source-" + this.provider);
			thread.setDaemon(true);
			thread.start();
			this.asking = call;
		}
		try {
			SourcedCredentials given = call.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
			this.asking = null;
			return given;
		}
		catch (ExecutionException ex) {
			this.asking = null;
			Throwable cause = ex.getCause();
			if (cause instanceof Error error) {
				throw error;
			}
			throw (cause instanceof Exception failure) ? failure : ex;
		}
	}

	/**
	 * Stop waiting for a source that still has not answered: its call is interrupted.
	 */
	@Override
	public void close() {
		FutureTask<@Nullable SourcedCredentials> call = this.asking;
		if (call != null) {
			call.cancel(true);
		}
	}

	private static String text(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
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
