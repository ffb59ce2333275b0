package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class RetryRulesTest {

	private static final RetrySettings DEFAULTS = RetrySettings.defaults();

	private static final RetrySettings NON_IDEMPOTENT = DEFAULTS.withNonIdempotent(true);

	@ParameterizedTest
	@ValueSource(strings = { "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE" })
	void idempotentMethodsMayBeRetried(String method) {
		assertThat(RetryRules.mayRetry(HttpMethod.valueOf(method), DEFAULTS)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PATCH", "CONNECT", "PROPFIND" })
	void otherMethodsOnlyWhenAllowed(String method) {
		assertThat(RetryRules.mayRetry(HttpMethod.valueOf(method), DEFAULTS)).isFalse();
		assertThat(RetryRules.mayRetry(HttpMethod.valueOf(method), NON_IDEMPOTENT)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 502, 503, 504 })
	void transientStatusesAreRetried(int status) {
		assertThat(RetryRules.isRetryable(HttpStatusCode.valueOf(status))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 204, 302, 400, 401, 403, 404, 409, 422, 500, 501, 505, 599 })
	void otherStatusesAreNot(int status) {
		assertThat(RetryRules.isRetryable(HttpStatusCode.valueOf(status))).isFalse();
	}

	@Test
	void onlyTooManyRequestsAndServiceUnavailableHonourRetryAfter() {
		assertThat(RetryRules.honoursRetryAfter(HttpStatusCode.valueOf(429))).isTrue();
		assertThat(RetryRules.honoursRetryAfter(HttpStatusCode.valueOf(503))).isTrue();
		assertThat(RetryRules.honoursRetryAfter(HttpStatusCode.valueOf(502))).isFalse();
		assertThat(RetryRules.honoursRetryAfter(HttpStatusCode.valueOf(301))).isFalse();
	}

	@Test
	void connectionFailuresAndTimeoutsAreRetried() {
		assertThat(RetryRules.isRetryable(new ConnectException("Connection refused"))).isTrue();
		assertThat(RetryRules.isRetryable(new HttpConnectTimeoutException("connect timed out"))).isTrue();
		assertThat(RetryRules.isRetryable(new HttpTimeoutException("request timed out"))).isTrue();
		assertThat(RetryRules.isRetryable(new SocketTimeoutException("Read timed out"))).isTrue();
		assertThat(RetryRules.isRetryable(new IOException("Connection reset"))).isTrue();
	}

	@Test
	void tlsFailuresAreNotRetried() {
		assertThat(RetryRules.isRetryable(new SSLHandshakeException("PKIX path building failed"))).isFalse();
	}

	@Test
	void nothingIsRetriedOnceTheThreadIsInterrupted() {
		Thread.currentThread().interrupt();
		try {
			assertThat(RetryRules.isRetryable(new InterruptedIOException())).isFalse();
			assertThat(RetryRules.isRetryable(new ConnectException())).isFalse();
		}
		finally {
			Thread.interrupted();
		}
	}

}
