package io.github.genmedia.providers.supertone;

import io.github.genmedia.providers.api.WireValue;

/**
 * A language of Supertone's speech, as an ISO 639-1 code. Which ones a request may use
 * depends on the voice ({@link SupertoneVoice#languages()}) and the model: for example
 * {@code sona_speech_1} speaks English, Korean and Japanese only, and streaming is
 * documented for those three.
 *
 * @since 0.1.0
 */
public enum SupertoneLanguage implements WireValue {

	/** English. */
	EN,

	/** Korean. */
	KO,

	/** Japanese. */
	JA,

	/** Bulgarian. */
	BG,

	/** Czech. */
	CS,

	/** Danish. */
	DA,

	/** Greek. */
	EL,

	/** Spanish. */
	ES,

	/** Estonian. */
	ET,

	/** Finnish. */
	FI,

	/** Hungarian. */
	HU,

	/** Italian. */
	IT,

	/** Dutch. */
	NL,

	/** Polish. */
	PL,

	/** Portuguese. */
	PT,

	/** Romanian. */
	RO,

	/** Arabic. */
	AR,

	/** German. */
	DE,

	/** French. */
	FR,

	/** Hindi. */
	HI,

	/** Indonesian. */
	ID,

	/** Russian. */
	RU,

	/** Vietnamese. */
	VI,

	/** Croatian. */
	HR,

	/** Lithuanian. */
	LT,

	/** Latvian. */
	LV,

	/** Slovak. */
	SK,

	/** Slovenian. */
	SL,

	/** Swedish. */
	SV,

	/** Turkish. */
	TR,

	/** Ukrainian. */
	UK,

	/** A language Supertone added after this enum was written; never sent. */
	UNKNOWN

}
