package io.github.genmedia.providers.suno;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Parsing the browser's {@code Cookie} header into an account, without ever showing it.
 */
class SunoCookieTest {

	private static final String CLIENT = "eyJhbGciOiJSUzI1NiJ9.eyJpZCI6ImNsaWVudF8xIn0.c2ln==";

	@Test
	void readsClientAndDeviceIdAmongOtherCookies() {
		SunoCookie cookie = SunoCookie.parse("__session=sess-jwt; __client=" + CLIENT
				+ "; __client_uat=1766669345;ajs_anonymous_id=3f1e5c0a-0000-4000-8000-000000000001 ; _cfuvid=x=y");

		assertThat(cookie.revealClient()).isEqualTo(CLIENT);
		assertThat(cookie.deviceId()).isEqualTo("3f1e5c0a-0000-4000-8000-000000000001");
		assertThat(cookie.isDeviceIdGenerated()).isFalse();
	}

	@Test
	void keepsEqualsSignsInsideValuesAndTrimsSpaces() {
		SunoCookie cookie = SunoCookie.parse("  __client  =   a=b==c  ;  other = 1 ");

		assertThat(cookie.revealClient()).isEqualTo("a=b==c");
	}

	@Test
	void acceptsAPastedHeaderLineAndTheFirstOfTwoValues() {
		SunoCookie cookie = SunoCookie.parse("Cookie: __client=first; __client=second");

		assertThat(cookie.revealClient()).isEqualTo("first");
	}

	@Test
	void missingClientIsRejectedWithAdviceAndWithoutTheCookie() {
		String header = "__session=secret-session-token; __client_uat=1766669345; __client_Jnxw-muT=secret-variant";

		assertThatExceptionOfType(InvalidSunoCookieException.class).isThrownBy(() -> SunoCookie.parse(header))
			.satisfies((ex) -> {
				assertThat(ex.getProblem()).startsWith("has no __client value");
				assertThat(ex.getMessage()).contains("has no __client value")
					.contains("Copy a fresh Cookie header")
					.contains("__clerk_api_version")
					.doesNotContain("secret");
			});
	}

	@Test
	void emptyClientBlankHeaderAndControlCharactersAreRejected() {
		assertThatExceptionOfType(InvalidSunoCookieException.class).isThrownBy(() -> SunoCookie.parse("__client= ;a=b"))
			.withMessageStartingWith("The Suno cookie has an empty __client value.");
		assertThatExceptionOfType(InvalidSunoCookieException.class).isThrownBy(() -> SunoCookie.parse("  "))
			.withMessageStartingWith("The Suno cookie is empty.");
		assertThatExceptionOfType(InvalidSunoCookieException.class).isThrownBy(() -> SunoCookie.parse(null))
			.withMessageStartingWith("The Suno cookie is empty.");
		assertThatExceptionOfType(InvalidSunoCookieException.class)
			.isThrownBy(() -> SunoCookie.parse("__client=secret\r\nX-Injected: 1"))
			.withMessageStartingWith("The Suno cookie contains a control character (CR, LF or similar) at position 16")
			.withMessageNotContaining("secret");
	}

	@Test
	void withoutDeviceIdOneRandomIdIsKeptForTheAccount() {
		SunoCookie cookie = SunoCookie.parse("__client=" + CLIENT);

		assertThat(cookie.isDeviceIdGenerated()).isTrue();
		assertThat(UUID.fromString(cookie.deviceId())).isNotNull();
		assertThat(cookie.deviceId()).isEqualTo(cookie.deviceId());
		assertThat(SunoCookie.parse("__client=" + CLIENT).deviceId()).isNotEqualTo(cookie.deviceId());
	}

	@Test
	void segmentEncodedDeviceIdIsUnquoted() {
		assertThat(SunoCookie.parse("__client=c; ajs_anonymous_id=%22abc-123%22").deviceId()).isEqualTo("abc-123");
		assertThat(SunoCookie.parse("__client=c; ajs_anonymous_id=\"abc-123\"").deviceId()).isEqualTo("abc-123");
		assertThat(SunoCookie.parse("__client=c; ajs_anonymous_id=%zz").deviceId()).isEqualTo("%zz");
	}

	@Test
	void sameAccountIsEqualWhateverTheOtherCookiesSay() {
		SunoCookie first = SunoCookie.parse("__client=" + CLIENT + "; __session=one; _ga=1");
		SunoCookie second = SunoCookie.parse("_ga=2; __client=" + CLIENT + "; __session=two");
		SunoCookie otherDevice = SunoCookie.parse("__client=" + CLIENT + "; ajs_anonymous_id=d-2");
		SunoCookie otherAccount = SunoCookie.parse("__client=another-client");

		assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
		assertThat(first).isNotEqualTo(otherDevice).isNotEqualTo(otherAccount);
		assertThat(Map.of(first, "cached")).containsKey(second);
		assertThat(first.fingerprint()).isEqualTo(second.fingerprint()).hasSize(8).isNotEqualTo(
				otherAccount.fingerprint());
	}

	@Test
	void toStringShowsNoValue() {
		SunoCookie cookie = SunoCookie.parse("__client=" + CLIENT + "; ajs_anonymous_id=device-42");

		assertThat(cookie.toString()).isEqualTo("SunoCookie[account " + cookie.fingerprint() + ", ****]")
			.doesNotContain(CLIENT)
			.doesNotContain("eyJ")
			.doesNotContain("device-42");
	}

	@Test
	void detectsAClientCookieByItsExactName() {
		assertThat(SunoCookie.hasClientCookie("a=1; __client=x")).isTrue();
		assertThat(SunoCookie.hasClientCookie("__client=")).isTrue();
		assertThat(SunoCookie.hasClientCookie("__client_uat=1; __client_Jnxw-muT=x; __session=y")).isFalse();
		assertThat(SunoCookie.hasClientCookie(null)).isFalse();
	}

}
