package io.github.genmedia.providers.supertone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A preset voice of Supertone's library. Genders, ages, use cases and styles are open
 * sets of words (such as {@code female}, {@code young-adult}, {@code narration},
 * {@code kind-default}), so they stay text.
 *
 * @param voiceId the id to speak with
 * @param name the name, such as {@code Agatha}
 * @param description the description, possibly empty
 * @param age the age group, such as {@code young-adult}
 * @param gender the gender, such as {@code female}
 * @param useCase the primary use case, such as {@code narration}
 * @param useCases the recommended use cases
 * @param languages the languages it speaks (Supertone's field {@code language}); a
 * language this library does not know is {@link SupertoneLanguage#UNKNOWN}
 * @param styles its emotional styles; the first is the default
 * @param models the models that have it; a model this library does not know is
 * {@link SupertoneModel#UNKNOWN}
 * @param samples sample recordings
 * @param thumbnailImageUrl its picture
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneVoice(@JsonProperty("voice_id") String voiceId, String name, @Nullable String description,
		String age, String gender, @JsonProperty("use_case") String useCase,
		@JsonProperty("use_cases") List<String> useCases, @JsonProperty("language") List<SupertoneLanguage> languages,
		List<String> styles, List<SupertoneModel> models, @Nullable List<Sample> samples,
		@JsonProperty("thumbnail_image_url") @Nullable String thumbnailImageUrl) {

	/**
	 * A sample recording of a voice.
	 *
	 * @param language its language
	 * @param style its style
	 * @param model the model that spoke it
	 * @param url the audio
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Sample(SupertoneLanguage language, String style, SupertoneModel model, String url) {

	}

}
