package io.github.genmedia.providers.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CredentialTest {

	private static final String SECRET = "sk-live-4f9a2c";

	@Test
	void trimsWhitespaceAroundTheValue() {
		Credential credential = Credential.of("  \t" + SECRET + "\r\n");

		assertThat(credential.reveal()).isEqualTo(SECRET);
		assertThat(credential.length()).isEqualTo(14);
		assertThat(credential).isEqualTo(Credential.of(SECRET));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "\t", "\r\n", " \n \t " })
	void rejectsNullAndBlankValues(String raw) {
		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> Credential.of(raw))
			.withMessage("The credential is empty")
			.satisfies((ex) -> assertThat(ex.getProblem()).isEqualTo("is empty"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\r", "\n", "\t", "\u0000" })
	void rejectsControlCharacterInsideTheValueWithoutShowingIt(String control) {
		// "sk-live" + control + "4f9a2c": the control character is the 8th of 14
		String raw = "sk-live" + control + "4f9a2c";

		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> Credential.of(raw))
			.withMessage("The credential contains a control character (CR, LF or similar) at position 8 of 14")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("sk-live").doesNotContain("4f9a2c"));
	}

	@Test
	void rejectsHeaderInjectionAttemptAndCountsPositionAfterTrimming() {
		String raw = "  abc\r\nX-Injected: evil  ";

		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> Credential.of(raw))
			.withMessage("The credential contains a control character (CR, LF or similar) at position 4 of 21")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("abc").doesNotContain("X-Injected"));
	}

	@Test
	void rejectsNulAtTheEndBecauseStripDoesNotRemoveIt() {
		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> Credential.of(SECRET + "\u0000"))
			.withMessage("The credential contains a control character (CR, LF or similar) at position 15 of 15");
	}

	@Test
	void toStringShowsOnlyTheLength() {
		Credential credential = Credential.of(SECRET);

		assertThat(credential.toString()).isEqualTo("Credential[****, 14 chars]").doesNotContain(SECRET);
		assertThat(String.valueOf(credential)).doesNotContain("sk-");
	}

	@Test
	void redactFromReplacesEveryOccurrence() {
		Credential credential = Credential.of(SECRET);

		assertThat(credential.redactFrom("key " + SECRET + " is invalid; got '" + SECRET + "'"))
			.isEqualTo("key [REDACTED] is invalid; got '[REDACTED]'");
	}

	@Test
	void redactFromLeavesTextWithoutTheSecretUnchanged() {
		Credential credential = Credential.of(SECRET);

		assertThat(credential.redactFrom("Invalid API key")).isEqualTo("Invalid API key");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\u200B|U+200B (ZERO WIDTH SPACE)", "\uFEFF|U+FEFF (ZERO WIDTH NO-BREAK SPACE)",
			"\u00A0|U+00A0 (NO-BREAK SPACE)", "\u0430|U+0430 (CYRILLIC SMALL LETTER A)" })
	void rejectsWhatAHeaderCannotCarryNamingTheCharacterButNotTheValue(String character, String named) {
		String raw = "sk-live-4f9a" + character + "2c";
		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> Credential.of(raw))
			.withMessage("The credential contains " + named
					+ " at position 13 of 15; HTTP headers carry visible ASCII only")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("sk-live"));
	}

	@Test
	void aTrailingZeroWidthSpaceIsNotTrimmedAway() {
		assertThatExceptionOfType(InvalidCredentialException.class)
			.isThrownBy(() -> Credential.of("sk-live-4f9a2c\u200B"))
			.withMessageContaining("U+200B (ZERO WIDTH SPACE) at position 15 of 15");
	}

	@Test
	void aValueTooShortToBeASecretIsNotRedacted() {
		assertThat(Credential.of("k").redactFrom("Invalid API key")).isEqualTo("Invalid API key");
		assertThat(Credential.of("abcdefgh").redactFrom("key abcdefgh")).isEqualTo("key [REDACTED]");
	}

	@Test
	void startsWithChecksTheTrimmedValue() {
		Credential credential = Credential.of(" ak_12345 ");

		assertThat(credential.startsWith("ak_")).isTrue();
		assertThat(credential.startsWith("sk_")).isFalse();
	}

	@Test
	void fingerprintIsTheStartOfTheSha256OfTheTrimmedValueAndHoldsNoPartOfIt() {
		String fingerprint = Credential.of(" " + SECRET + "\n").fingerprint();

		// printf 'sk-live-4f9a2c' | sha256sum
		assertThat(fingerprint).isEqualTo("b151873686a9206e").hasSize(16).matches("[0-9a-f]{16}");
		assertThat(fingerprint).doesNotContain("4f9a2c").doesNotContain("sk-live");
		assertThat(Credential.of(SECRET + "x").fingerprint()).isNotEqualTo(fingerprint);
	}

}
