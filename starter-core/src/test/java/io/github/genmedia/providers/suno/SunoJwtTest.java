package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading a token's times from its payload, leniently.
 */
class SunoJwtTest {

	private static final Instant EXP = Instant.parse("2026-03-01T12:01:00Z");

	@Test
	void readsExpFromThePayload() {
		SunoJwt jwt = SunoJwt.of(TestJwts.expiringAt(EXP));

		assertThat(jwt.expiresAt()).contains(EXP);
		assertThat(jwt.issuedAt()).isEmpty();
		assertThat(jwt.lifetime()).isEmpty();
		assertThat(jwt.reveal()).isEqualTo(TestJwts.expiringAt(EXP));
	}

	@Test
	void lifetimeNeedsBothIatAndExp() {
		SunoJwt jwt = SunoJwt.of(TestJwts.issuedAt(EXP.minusSeconds(60), EXP));

		assertThat(jwt.lifetime()).contains(Duration.ofSeconds(60));
		assertThat(jwt.issuedAt()).contains(EXP.minusSeconds(60));
	}

	@Test
	void payloadWithoutReadableExpIsNoError() {
		assertThat(SunoJwt.of(TestJwts.withPayload("{\"sub\":\"user_1\"}")).expiresAt()).isEmpty();
		assertThat(SunoJwt.of(TestJwts.withPayload("{\"exp\":\"tomorrow\"}")).expiresAt()).isEmpty();
		assertThat(SunoJwt.of(TestJwts.withPayload("[1,2]")).expiresAt()).isEmpty();
		assertThat(SunoJwt.of(TestJwts.withPayload("{\"exp\":1e300}")).expiresAt()).isEmpty();
		assertThat(SunoJwt.of("eyJub3QiOiJqc29u.bm90IGpzb24.sig").expiresAt()).isEmpty();
		assertThat(SunoJwt.of("opaque-token").expiresAt()).isEmpty();
	}

	@Test
	void paddedSegmentsAreRead() {
		String padded = "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3NzIzNjY0MDAsImFiIjoxfQ==.sig";
		String unpadded = "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3NzIzNjY0MDAsImFiIjoxfQ.sig";

		assertThat(SunoJwt.of(padded).expiresAt()).contains(Instant.ofEpochSecond(1772366400));
		assertThat(SunoJwt.of(unpadded).expiresAt()).contains(Instant.ofEpochSecond(1772366400));
	}

	@Test
	void valuesThatCannotGoIntoAHeaderAreRejectedWithoutBeingShown() {
		assertThatIllegalArgumentException().isThrownBy(() -> SunoJwt.of("abc.def\r\nX-Injected: secret"))
			.withMessage("The token is not a JWT: character 8 of 27 is not allowed");
		assertThatIllegalArgumentException().isThrownBy(() -> SunoJwt.of(" ")).withMessage("The token is empty");
	}

	@Test
	void toStringShowsTheExpiryOnly() {
		String value = TestJwts.expiringAt(EXP);

		assertThat(SunoJwt.of(value).toString()).isEqualTo("SunoJwt[****, exp=" + EXP + "]").doesNotContain("eyJ");
	}

}
