package io.github.genmedia.providers.suno;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A song to generate ({@link SunoApi#generate}), in one of three modes: description mode
 * (Suno writes lyrics and music from {@code gptDescriptionPrompt}; {@code prompt} is
 * empty), custom mode ({@code prompt} holds your lyrics, with {@code tags} and
 * {@code title}) and extension ({@code task} {@code extend}: custom mode continuing
 * {@code continueClipId} from {@code continueAt} seconds). The factory methods build
 * each; the {@code with...} methods change one field.
 * <p>
 * Fields left {@code null} are not sent, except {@code token}: Suno's clients always send
 * it, as {@code null} when no captcha is required (see {@link SunoApi#checkCaptcha}).
 * <p>
 * The model ({@code mv}) is a string because Suno's list changes without notice.
 * {@code chirp-v3-5} (the default of Suno's web-API proxies), {@code chirp-v3-0} and
 * {@code chirp-v4} are the names seen in public clients; check Suno's web app for the
 * current ones.
 *
 * @param makeInstrumental whether to leave out vocals
 * @param mv the model, such as {@code chirp-v4}
 * @param prompt the lyrics in custom mode and for an extension; empty in description
 * mode
 * @param generationType always {@code TEXT}
 * @param continueAt for an extension, where in the clip to continue, in seconds
 * @param continueClipId for an extension, the clip to continue
 * @param task {@code extend} for an extension, otherwise {@code null}
 * @param token a captcha token, or {@code null} when Suno does not ask for one; always
 * sent
 * @param tags the styles, such as "pop, acoustic" (custom mode and extension)
 * @param title the title (custom mode and extension)
 * @param negativeTags styles to avoid (custom mode and extension)
 * @param gptDescriptionPrompt the song wanted, in description mode
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SunoGenerateRequest(@JsonProperty("make_instrumental") boolean makeInstrumental, String mv,
		String prompt, @JsonProperty("generation_type") String generationType,
		@JsonProperty("continue_at") @Nullable Double continueAt,
		@JsonProperty("continue_clip_id") @Nullable String continueClipId, @Nullable String task,
		@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String token, @Nullable String tags,
		@Nullable String title, @JsonProperty("negative_tags") @Nullable String negativeTags,
		@JsonProperty("gpt_description_prompt") @Nullable String gptDescriptionPrompt) {

	/** The only generation type Suno's clients send. */
	public static final String TEXT = "TEXT";

	/** The task of an extension. */
	public static final String EXTEND = "extend";

	/**
	 * Description mode: Suno writes lyrics and music from a description.
	 * @param description the song wanted, such as "a chill lo-fi beat for studying"
	 * @param model the model, such as {@code chirp-v4}
	 * @return the request, with vocals and without a captcha token
	 */
	public static SunoGenerateRequest fromDescription(String description, String model) {
		return new SunoGenerateRequest(false, model, "", TEXT, null, null, null, null, null, null, null, description);
	}

	/**
	 * Custom mode: your lyrics, styles and title.
	 * @param lyrics the lyrics, with {@code [Verse]}, {@code [Chorus]} markers
	 * @param tags the styles, such as "pop, acoustic"
	 * @param title the title
	 * @param model the model, such as {@code chirp-v4}
	 * @return the request, with vocals and without a captcha token
	 */
	public static SunoGenerateRequest fromLyrics(String lyrics, String tags, String title, String model) {
		return new SunoGenerateRequest(false, model, lyrics, TEXT, null, null, null, null, tags, title, null, null);
	}

	/**
	 * An extension: custom mode continuing a clip, always with vocals. Suno's
	 * {@code concat} endpoint, which joins an extension chain into one song, is not part of
	 * {@link SunoApi}.
	 * @param clipId the clip to continue
	 * @param continueAt where in the clip to continue, in seconds
	 * @param lyrics the lyrics of the continuation
	 * @param tags the styles
	 * @param title the title
	 * @param model the model, such as {@code chirp-v4}
	 * @return the request, without a captcha token
	 */
	public static SunoGenerateRequest extend(String clipId, double continueAt, String lyrics, String tags,
			String title, String model) {
		return new SunoGenerateRequest(false, model, lyrics, TEXT, continueAt, clipId, EXTEND, null, tags, title,
				null, null);
	}

	/**
	 * Return this request without vocals. Not for extensions, which Suno's clients always
	 * send with vocals.
	 * @return a copy that makes instrumental music
	 */
	public SunoGenerateRequest instrumental() {
		return new SunoGenerateRequest(true, this.mv, this.prompt, this.generationType, this.continueAt,
				this.continueClipId, this.task, this.token, this.tags, this.title, this.negativeTags,
				this.gptDescriptionPrompt);
	}

	/**
	 * Return this request with a captcha token, for an account Suno asks a captcha of. The
	 * starter does not solve captchas: the token comes from elsewhere, such as the body of
	 * the generate request suno.com's own page sends after its captcha.
	 * @param token the token, or {@code null} to send none
	 * @return a copy with the token
	 */
	public SunoGenerateRequest withToken(@Nullable String token) {
		return new SunoGenerateRequest(this.makeInstrumental, this.mv, this.prompt, this.generationType,
				this.continueAt, this.continueClipId, this.task, token, this.tags, this.title, this.negativeTags,
				this.gptDescriptionPrompt);
	}

	/**
	 * Return this request with styles to avoid (custom mode and extension).
	 * @param negativeTags the styles, such as "metal, screaming"
	 * @return a copy with them
	 */
	public SunoGenerateRequest withNegativeTags(@Nullable String negativeTags) {
		return new SunoGenerateRequest(this.makeInstrumental, this.mv, this.prompt, this.generationType,
				this.continueAt, this.continueClipId, this.task, this.token, this.tags, this.title, negativeTags,
				this.gptDescriptionPrompt);
	}

}
