package io.github.genmedia.providers.sunor;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.genmedia.providers.api.WireValue;
import org.jspecify.annotations.Nullable;

/**
 * The input of a task; its fields depend on model and task type. Fields left
 * {@code null} are not sent.
 *
 * @since 0.1.0
 */
public sealed interface SunorTaskInput {

	/**
	 * Suno music. Inspiration mode sets {@code gptDescriptionPrompt}; custom mode sets
	 * {@code prompt} (the lyrics, with {@code [Verse]}, {@code [Chorus]} markers),
	 * {@code tags} and {@code title}.
	 *
	 * @param gptDescriptionPrompt a description of the music, for inspiration mode
	 * @param makeInstrumental whether to leave out vocals
	 * @param prompt the lyrics, for custom mode
	 * @param tags comma-separated styles, for custom mode
	 * @param negativeTags comma-separated styles to avoid
	 * @param title the title, for custom mode
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SunoMusic(@JsonProperty("gpt_description_prompt") @Nullable String gptDescriptionPrompt,
			@JsonProperty("make_instrumental") @Nullable Boolean makeInstrumental, @Nullable String prompt,
			@Nullable String tags, @JsonProperty("negative_tags") @Nullable String negativeTags,
			@Nullable String title) implements SunorTaskInput {

		/**
		 * Inspiration mode: Suno writes lyrics and music from a description.
		 * @param description the music wanted, such as "a chill lo-fi beat for studying"
		 * @return the input
		 */
		public static SunoMusic fromDescription(String description) {
			return new SunoMusic(description, null, null, null, null, null);
		}

		/**
		 * Custom mode: your lyrics, styles and title.
		 * @param lyrics the lyrics
		 * @param tags comma-separated styles, such as "pop, acoustic"
		 * @param title the title
		 * @return the input
		 */
		public static SunoMusic fromLyrics(String lyrics, String tags, String title) {
			return new SunoMusic(null, null, lyrics, tags, null, title);
		}

		/**
		 * Return this input without vocals.
		 * @return a copy that makes instrumental music
		 */
		public SunoMusic instrumental() {
			return new SunoMusic(this.gptDescriptionPrompt, true, this.prompt, this.tags, this.negativeTags,
					this.title);
		}

	}

	/**
	 * Suno lyrics.
	 *
	 * @param prompt what the lyrics are about
	 */
	record Lyrics(String prompt) implements SunorTaskInput {

	}

	/**
	 * Suno upload.
	 *
	 * @param url where Sunor fetches the audio
	 */
	record Upload(String url) implements SunorTaskInput {

	}

	/**
	 * Suno concatenation.
	 *
	 * @param clipId the clip to make a whole song of
	 */
	record Concat(@JsonProperty("clip_id") String clipId) implements SunorTaskInput {

	}

	/**
	 * Udio music.
	 *
	 * @param prompt a short style and mood description (5-15 words)
	 * @param lyrics lyrics with section markers, when {@code lyricsType} is {@code user}
	 * @param lyricsType who writes the lyrics, or instrumental
	 * @param tags comma-separated styles, merged with the prompt
	 * @param seed a seed for repeatable output; random when {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record UdioMusic(String prompt, @Nullable String lyrics,
			@JsonProperty("lyrics_type") @Nullable LyricsType lyricsType, @Nullable String tags,
			@Nullable Long seed) implements SunorTaskInput {

		/**
		 * Udio writes the lyrics.
		 * @param prompt a short style and mood description
		 * @return the input
		 */
		public static UdioMusic fromPrompt(String prompt) {
			return new UdioMusic(prompt, null, null, null, null);
		}

	}

	/**
	 * Who writes the lyrics of Udio music.
	 */
	enum LyricsType implements WireValue {

		/** Udio writes them. */
		GENERATE,

		/** The request's {@code lyrics}. */
		USER,

		/** None: instrumental music. */
		INSTRUMENTAL

	}

	/**
	 * Input fields this type does not model, sent as they are: for task types or fields
	 * Sunor adds.
	 *
	 * @param fields the fields
	 */
	record Fields(@JsonValue Map<String, Object> fields) implements SunorTaskInput {

	}

}
