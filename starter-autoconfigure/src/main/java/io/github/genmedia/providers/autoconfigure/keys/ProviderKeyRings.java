package io.github.genmedia.providers.autoconfigure.keys;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.ConfiguredKeys;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.keys.CredentialSourceTimeoutException;
import io.github.genmedia.providers.keys.CredentialSourceTiming;
import io.github.genmedia.providers.keys.FileWatches;
import io.github.genmedia.providers.keys.KeyRing;
import io.github.genmedia.providers.keys.KeySupply;
import io.github.genmedia.providers.keys.ProviderCredentialSource;
import io.github.genmedia.providers.keys.ProviderCredentialUnavailableException;
import io.github.genmedia.providers.keys.SecretFile;
import io.github.genmedia.providers.keys.SourcedKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.convert.DurationStyle;

/**
 * The keys of each provider authenticated by an API key, made once and shared by all the
 * provider's clients, so that a key taken out of rotation is out for every client.
 * <p>
 * A provider's keys are its configured key, or its key file's, watched for rotation,
 * followed by its {@code api-keys}; when the application has a
 * {@link ProviderCredentialSource}, the source's keys come first and the configured ones
 * stand in when it has none; the source is waited for at most
 * {@code providers.<name>.credential-source-timeout}. Files stop being watched with the
 * context, and a source's call that still hangs is interrupted.
 *
 * @since 0.1.0
 */
public final class ProviderKeyRings implements DisposableBean {

	/** The property, under {@code providers.<name>}, of how long the source is waited for. */
	private static final String TIMEOUT_PROPERTY = "credential-source-timeout";

	private final @Nullable ProviderCredentialSource source;

	private final Clock clock;

	private final @Nullable FileWatches fileWatches;

	private final Map<String, KeyRing> rings = new ConcurrentHashMap<>();

	/** What stops with the context: files' watches, sources' calls that still hang. */
	private final List<Runnable> closers = new ArrayList<>();

	/**
	 * Create the rings.
	 * @param source the application's credential source, or {@code null}
	 * @param clock the time source
	 */
	public ProviderKeyRings(@Nullable ProviderCredentialSource source, Clock clock) {
		this(source, clock, null);
	}

	/**
	 * Create the rings.
	 * @param source the application's credential source, or {@code null}
	 * @param clock the time source
	 * @param fileWatches watches key files on the starter's threads, or {@code null} for
	 * threads of each file's own
	 */
	public ProviderKeyRings(@Nullable ProviderCredentialSource source, Clock clock, @Nullable FileWatches fileWatches) {
		this.source = source;
		this.clock = clock;
		this.fileWatches = fileWatches;
	}

	/**
	 * Return the keys of a provider, made on first use.
	 * @param provider the provider
	 * @return its keys
	 */
	public KeyRing ring(ActiveProvider provider) {
		return this.rings.computeIfAbsent(provider.name(), (name) -> {
			KeySupply supply = supply(provider);
			if (provider.keys().credentials().isEmpty()) {
				requireKeys(name, supply);
			}
			return new KeyRing(name, supply, this.clock);
		});
	}

	/**
	 * A provider whose keys only the source gives must get them at startup, like a
	 * configured key, rather than fail its first request; a source that does not answer
	 * fails startup after its timeout instead of holding it.
	 */
	private static void requireKeys(String name, KeySupply supply) {
		try {
			supply.keys();
		}
		catch (ProviderCredentialUnavailableException ex) {
			String property = "providers." + name + ".api-key";
			String action = (ex instanceof CredentialSourceTimeoutException timeout)
					? "Make the ProviderCredentialSource answer for '" + name + "' within providers." + name
							+ "." + TIMEOUT_PROPERTY + " (" + DurationStyle.SIMPLE.print(timeout.getTimeout())
							+ "), raise that timeout, or set " + property + "."
					: "Make the ProviderCredentialSource return the key of '" + name + "', or set " + property + ".";
			throw new InvalidProviderConfigurationException(List.of(new ConfigurationProblem(property,
					"is not set, and the application's ProviderCredentialSource gave no key: " + supply.problem(),
					action)));
		}
	}

	/**
	 * Whether the application has a credential source, whose keys every provider's ring
	 * takes first.
	 * @return {@code true} when it has one
	 */
	public boolean hasSource() {
		return this.source != null;
	}

	/**
	 * Return the keys of a provider whose client was made.
	 * @param name the provider's name
	 * @return its keys, or empty
	 */
	public Optional<KeyRing> find(String name) {
		return Optional.ofNullable(this.rings.get(name));
	}

	private KeySupply supply(ActiveProvider provider) {
		UnaryOperator<Credential> checks = KeyChecks.of(provider);
		KeySupply configured = configured(provider, checks);
		if (this.source == null) {
			if (configured == null) {
				throw new IllegalStateException("Provider '" + provider.name() + "' has no key");
			}
			return configured;
		}
		Duration timeout = provider.keys().sourceTimeout();
		SourcedKeys keys = new SourcedKeys(provider.name(), this.source, configured, checks,
				new CredentialSourceTiming(this.clock, (timeout != null) ? timeout : SourcedKeys.DEFAULT_TIMEOUT));
		closeOnDestroy(keys::close);
		return keys;
	}

	private void closeOnDestroy(Runnable closer) {
		synchronized (this.closers) {
			this.closers.add(closer);
		}
	}

	private @Nullable KeySupply configured(ActiveProvider provider, UnaryOperator<Credential> checks) {
		ConfiguredKeys keys = provider.keys();
		Path path = keys.file();
		if (path == null) {
			return keys.credentials().isEmpty() ? null : KeySupply.fixed(keys.credentials());
		}
		SecretFile file = SecretFile.open(provider.name(), path, (content) -> checks.apply(Credential.of(content)),
				this.fileWatches);
		closeOnDestroy(file::close);
		return file.followedBy(keys.credentials().subList(1, keys.credentials().size()));
	}

	@Override
	public void destroy() {
		synchronized (this.closers) {
			this.closers.forEach(Runnable::run);
			this.closers.clear();
		}
	}

	@Override
	public String toString() {
		return "ProviderKeyRings[" + this.rings.keySet() + "]";
	}

}
