package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * How a failed refresh is described: as a {@link FailedRefresh} for health, and in the
 * log, once as a warning when a run of failures starts and at debug level after that.
 * Only the starter's own messages are quoted; any other exception is named by its type,
 * since its message may hold a URL with a session id.
 */
final class RefreshFailures {

	private RefreshFailures() {
	}

	static FailedRefresh describe(RuntimeException ex, Instant at) {
		SunoTokenFailure kind = (ex instanceof ClerkException clerk) ? clerk.getFailure()
				: Thread.currentThread().isInterrupted() ? SunoTokenFailure.INTERRUPTED
						: SunoTokenFailure.CLERK_UNREACHABLE;
		return new FailedRefresh(kind, safeMessage(ex), at);
	}

	static String safeMessage(@Nullable Throwable error) {
		if (error instanceof SunoAuthenticationException) {
			String message = error.getMessage();
			return (message != null) ? message : error.getClass().getSimpleName();
		}
		return (error != null) ? error.getClass().getSimpleName() : "unknown error";
	}

	static void log(Log logger, String account, RuntimeException ex, int failures, Duration wait) {
		if (Thread.currentThread().isInterrupted()) {
			// The scheduler is shutting down; nothing anyone needs to act on.
			logger.debug(LogMessage.format("Suno token refresh for account %s interrupted: %s", account,
					safeMessage(ex)));
		}
		else if (failures == 1) {
			logger.warn(LogMessage.format("Suno token refresh for account %s failed, trying again in %d ms: %s",
					account, wait.toMillis(), safeMessage(ex)));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(LogMessage.format("Suno token refresh for account %s failed again (%d in a row): %s", account,
					failures, safeMessage(ex)));
		}
	}

}
