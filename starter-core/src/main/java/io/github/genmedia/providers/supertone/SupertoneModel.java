package io.github.genmedia.providers.supertone;

import io.github.genmedia.providers.api.WireValue;

/**
 * A Supertone speech model. Supertone uses {@link #SONA_SPEECH_1} when a request names
 * none. Models differ in languages, in the voice settings they honour (the others are
 * silently ignored) and in features: streaming is documented for {@code sona_speech_1}
 * only, and phonemes are not available on {@code supertonic_api_1} and
 * {@code supertonic_api_3}.
 *
 * @since 0.1.0
 */
public enum SupertoneModel implements WireValue {

	/** {@code sona_speech_1}, the default: English, Korean and Japanese. */
	SONA_SPEECH_1,

	/** {@code sona_speech_2}: the widest set of languages. */
	SONA_SPEECH_2,

	/** {@code sona_speech_2t}. */
	SONA_SPEECH_2T,

	/** {@code sona_speech_2_flash}: the languages of {@code sona_speech_2}, faster. */
	SONA_SPEECH_2_FLASH,

	/** {@code supertonic_api_1}: English, Korean, Japanese, Spanish and Portuguese. */
	SUPERTONIC_API_1,

	/** {@code sona_speech_3t}. */
	SONA_SPEECH_3T,

	/** {@code supertonic_api_3}. */
	SUPERTONIC_API_3,

	/** A model Supertone added after this enum was written; never sent. */
	UNKNOWN

}
