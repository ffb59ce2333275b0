package io.github.genmedia.providers.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An immutable view of a provider's recent traffic.
 *
 * @param lastStatus the status of the last response, or {@code null} if the last request
 * got none or there was no request
 * @param lastError the last failure: a 5xx status or an I/O failure, or {@code null}
 * @param lastActivity when the last request finished, or {@code null} for none yet
 * @param consecutiveFailures how many requests in a row failed with 5xx or no response
 * @param rejectionStatus the 401 or 403 of the last authentication verdict, or
 * {@code null} when the credential was not rejected since the last success
 * @since 0.1.0
 */
public record ActivitySnapshot(@Nullable Integer lastStatus, @Nullable String lastError, @Nullable Instant lastActivity,
		int consecutiveFailures, @Nullable Integer rejectionStatus) {

	static final ActivitySnapshot NONE = new ActivitySnapshot(null, null, null, 0, null);

	/**
	 * Whether the provider's last verdict on the credential was a rejection.
	 * @return {@code true} after a 401 or 403 not yet followed by a success
	 */
	public boolean credentialsRejected() {
		return this.rejectionStatus != null;
	}

	/**
	 * Whether any request has finished yet.
	 * @return {@code false} before the first response or failure
	 */
	public boolean hasTraffic() {
		return this.lastActivity != null;
	}

}
