package io.github.genmedia.providers.activity;

import java.time.Instant;

/**
 * An immutable view of a provider's recent traffic.
 *
 * @param lastStatus the status of the last response, or {@code null} if the last request
 * got none or there was no request
 * @param lastError the last failure: a 5xx status or an I/O failure, or {@code null}
 * @param lastActivity when the last request finished, or {@code null} for none yet
 * @param consecutiveFailures how many requests in a row failed with 5xx or no response
 * @param credentialsRejected whether the last authentication verdict was a 401 or 403
 */
public record ActivitySnapshot(Integer lastStatus, String lastError, Instant lastActivity, int consecutiveFailures,
		boolean credentialsRejected) {

	static final ActivitySnapshot NONE = new ActivitySnapshot(null, null, null, 0, false);

	/**
	 * Whether any request has finished yet.
	 * @return {@code false} before the first response or failure
	 */
	public boolean hasTraffic() {
		return this.lastActivity != null;
	}

	ActivitySnapshot withResponse(int status, Instant at) {
		if (status >= 500) {
			return new ActivitySnapshot(status, "HTTP " + status, at, this.consecutiveFailures + 1,
					this.credentialsRejected);
		}
		boolean rejected = (status == 401 || status == 403) || (this.credentialsRejected && status >= 400);
		return new ActivitySnapshot(status, this.lastError, at, 0, rejected);
	}

	ActivitySnapshot withFailure(String description, Instant at) {
		return new ActivitySnapshot(null, description, at, this.consecutiveFailures + 1, this.credentialsRejected);
	}

}
