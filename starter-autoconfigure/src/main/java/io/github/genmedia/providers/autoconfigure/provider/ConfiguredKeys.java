package io.github.genmedia.providers.autoconfigure.provider;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;

/**
 * A provider's credentials as configured and checked at startup: the first is the
 * definition's, the others are taken in turn with it.
 *
 * @param credentials the checked credentials, in order; empty for a provider without
 * any, or whose keys an application's {@code ProviderCredentialSource} gives
 * @param file the file the first credential is read from, to be watched, or {@code null}
 * @param sourceTimeout how long an application's {@code ProviderCredentialSource} is
 * waited for ({@code credential-source-timeout}), or {@code null} for the default
 * @since 0.1.0
 */
public record ConfiguredKeys(List<Credential> credentials, @Nullable Path file, @Nullable Duration sourceTimeout) {

	public ConfiguredKeys {
		credentials = List.copyOf(credentials);
	}

	@Override
	public String toString() {
		return "ConfiguredKeys[" + this.credentials.size() + " credentials" + ((this.file != null) ? ", file " + this.file : "")
				+ "]";
	}

}
