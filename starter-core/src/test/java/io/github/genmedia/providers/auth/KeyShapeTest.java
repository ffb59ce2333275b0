package io.github.genmedia.providers.auth;

import io.github.genmedia.providers.definition.ProviderAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One check of a key's shape, answered with a typed problem: what each caller (startup,
 * rotation, a tenant's request) words with its own context, and never with the key.
 */
class KeyShapeTest {

	private static final KeyShape AUTYPE = ProviderAuth.header("X-API-Key", "ak_").keyShape();

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "\r\n" })
	void aBlankKeyIsEmpty(String raw) {
		KeyShape.Problem problem = AUTYPE.problemWith(raw);

		assertThat(problem).isEqualTo(new KeyShape.Empty());
		assertThat(problem.describe()).isEqualTo("is empty");
	}

	@Test
	void aCharacterAHeaderCannotCarryIsNamedByCodePointAndPosition() {
		// Stripped first, as Credential.of does: the zero-width space is the 7th of 7.
		KeyShape.Problem problem = AUTYPE.problemWith(" ak_4f9\u200B\n");

		assertThat(problem).isEqualTo(new KeyShape.Unsendable(0x200B, 7, 7));
		assertThat(problem.describe())
			.isEqualTo("contains U+200B (ZERO WIDTH SPACE) at position 7 of 7; HTTP headers carry visible ASCII only")
			.isEqualTo(HeaderValues.problemWith("ak_4f9\u200B"));
		assertThat(new KeyShape.Unsendable('\r', 3, 9).describe())
			.isEqualTo("contains a control character (CR, LF or similar) at position 3 of 9");
	}

	@Test
	void aKeyWithoutTheProvidersPrefixMissesIt() {
		KeyShape.Problem problem = AUTYPE.problemWith("sk-live-4f9a2c");

		assertThat(problem).isEqualTo(new KeyShape.MissingPrefix("ak_"));
		assertThat(problem.describe()).isEqualTo("does not start with 'ak_'");
		assertThat(AUTYPE.problemWith(Credential.of("sk-live-4f9a2c"))).isEqualTo(problem);
		assertThat(problem.toString()).doesNotContain("4f9a2c");
	}

	@Test
	void aKeyOfTheShapeHasNoProblem() {
		assertThat(AUTYPE.problemWith(" ak_autype_55e2\n")).isNull();
		assertThat(AUTYPE.credential(" ak_autype_55e2\n").reveal()).isEqualTo("ak_autype_55e2");
		assertThat(KeyShape.ANY.problemWith("sk-live-4f9a2c")).isNull();
		assertThat(KeyShape.of("")).isEqualTo(KeyShape.ANY);
		assertThat(ProviderAuth.bearer(null).keyShape()).isEqualTo(KeyShape.ANY);
	}

	@Test
	void aKeyCheckedLaterFailsWithTheTypedProblemAndWithoutTheKey() {
		Credential rotated = Credential.of("sk-live-4f9a2c");

		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> AUTYPE.check(rotated))
			.withMessage("The credential does not start with 'ak_'")
			.satisfies((ex) -> assertThat(ex.getShape()).isEqualTo(new KeyShape.MissingPrefix("ak_")))
			.satisfies((ex) -> assertThat(ex.getProblem()).isEqualTo("does not start with 'ak_'"));
		assertThat(AUTYPE.check(Credential.of("ak_autype_55e2"))).isEqualTo(Credential.of("ak_autype_55e2"));
	}

	@Test
	void credentialOfWordsItsProblemsAsTheShapeDoes() {
		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> Credential.of("sk\u00A0live"))
			.satisfies((ex) -> assertThat(ex.getShape()).isEqualTo(new KeyShape.Unsendable(0xA0, 3, 7)))
			.withMessage("The credential contains U+00A0 (NO-BREAK SPACE) at position 3 of 7; "
					+ "HTTP headers carry visible ASCII only");
	}

}
