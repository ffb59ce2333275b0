package io.github.genmedia.providers.supertone;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.github.genmedia.providers.api.WireValue;
import org.jspecify.annotations.Nullable;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A search of Supertone's preset voices, for {@link SupertoneApi#searchVoices}: filters
 * left {@code null} are not sent. Start with {@link #all()} and add filters:
 * {@code SupertoneVoiceSearch.all().withLanguages(SupertoneLanguage.EN).withGender("female")}.
 * A filter takes several values separated by commas, which any voice may match (OR).
 *
 * @param name words of the name, separated by spaces
 * @param description words of the description, separated by spaces
 * @param language language codes, comma-separated
 * @param gender genders, comma-separated, such as {@code male,female}
 * @param age age groups, comma-separated, such as {@code child,young-adult}
 * @param useCase primary use cases, comma-separated, such as {@code narration}
 * @param useCases recommended use cases, comma-separated (OR)
 * @param style styles: comma-separated for any of them (OR), semicolon-separated for all
 * of them (AND); mixing both is a {@code 400}
 * @param model model names, comma-separated
 * @param pageSize voices per page, 10 to 100 (Supertone's default 20)
 * @param nextPageToken the token of the page to read, from the previous page
 * @since 0.1.0
 */
public record SupertoneVoiceSearch(@Nullable String name, @Nullable String description, @Nullable String language,
		@Nullable String gender, @Nullable String age, @Nullable String useCase, @Nullable String useCases,
		@Nullable String style, @Nullable String model, @Nullable Integer pageSize, @Nullable String nextPageToken) {

	/**
	 * A search without filters: every preset voice, a page at a time.
	 * @return the search
	 */
	public static SupertoneVoiceSearch all() {
		return new SupertoneVoiceSearch(null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Return a copy that searches names.
	 * @param name words of the name, separated by spaces
	 * @return the copy
	 */
	public SupertoneVoiceSearch withName(String name) {
		return new SupertoneVoiceSearch(name, this.description, this.language, this.gender, this.age, this.useCase,
				this.useCases, this.style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that searches descriptions.
	 * @param description words of the description, separated by spaces
	 * @return the copy
	 */
	public SupertoneVoiceSearch withDescription(String description) {
		return new SupertoneVoiceSearch(this.name, description, this.language, this.gender, this.age, this.useCase,
				this.useCases, this.style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that keeps voices speaking any of these languages.
	 * @param languages the languages
	 * @return the copy
	 */
	public SupertoneVoiceSearch withLanguages(SupertoneLanguage... languages) {
		return new SupertoneVoiceSearch(this.name, this.description, joined(languages), this.gender, this.age,
				this.useCase, this.useCases, this.style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that keeps voices of these genders.
	 * @param gender genders, comma-separated
	 * @return the copy
	 */
	public SupertoneVoiceSearch withGender(String gender) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, gender, this.age, this.useCase,
				this.useCases, this.style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that keeps voices of these age groups.
	 * @param age age groups, comma-separated
	 * @return the copy
	 */
	public SupertoneVoiceSearch withAge(String age) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, this.gender, age, this.useCase,
				this.useCases, this.style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that keeps voices of these primary use cases.
	 * @param useCase use cases, comma-separated
	 * @return the copy
	 */
	public SupertoneVoiceSearch withUseCase(String useCase) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, this.gender, this.age, useCase,
				this.useCases, this.style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that keeps voices recommended for any of these use cases.
	 * @param useCases use cases, comma-separated
	 * @return the copy
	 */
	public SupertoneVoiceSearch withUseCases(String useCases) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, this.gender, this.age,
				this.useCase, useCases, this.style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that keeps voices by style.
	 * @param style styles, comma-separated for any (OR) or semicolon-separated for all
	 * (AND)
	 * @return the copy
	 */
	public SupertoneVoiceSearch withStyle(String style) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, this.gender, this.age,
				this.useCase, this.useCases, style, this.model, this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy that keeps voices any of these models have.
	 * @param models the models
	 * @return the copy
	 */
	public SupertoneVoiceSearch withModels(SupertoneModel... models) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, this.gender, this.age,
				this.useCase, this.useCases, this.style, joined(models), this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy with a page size.
	 * @param pageSize voices per page, 10 to 100
	 * @return the copy
	 */
	public SupertoneVoiceSearch withPageSize(int pageSize) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, this.gender, this.age,
				this.useCase, this.useCases, this.style, this.model, pageSize, this.nextPageToken);
	}

	/**
	 * Return the same search for the page after the one a token came with.
	 * @param nextPageToken {@link SupertoneVoicePage#nextPageToken()} of the previous page
	 * @return the copy
	 */
	public SupertoneVoiceSearch withNextPageToken(String nextPageToken) {
		return new SupertoneVoiceSearch(this.name, this.description, this.language, this.gender, this.age,
				this.useCase, this.useCases, this.style, this.model, this.pageSize, nextPageToken);
	}

	/**
	 * Return the query parameters, as Supertone names them; add to it a filter Supertone
	 * documents later and call {@link SupertoneApi#searchVoices(MultiValueMap)}.
	 * @return the parameters that are set
	 */
	public MultiValueMap<String, String> toQuery() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		add(query, "name", this.name);
		add(query, "description", this.description);
		add(query, "language", this.language);
		add(query, "gender", this.gender);
		add(query, "age", this.age);
		add(query, "use_case", this.useCase);
		add(query, "use_cases", this.useCases);
		add(query, "style", this.style);
		add(query, "model", this.model);
		add(query, "page_size", (this.pageSize != null) ? this.pageSize.toString() : null);
		add(query, "next_page_token", this.nextPageToken);
		return query;
	}

	private static void add(MultiValueMap<String, String> query, String name, @Nullable String value) {
		if (value != null) {
			query.add(name, value);
		}
	}

	private static String joined(WireValue... values) {
		return Arrays.stream(values).map(WireValue::wireValue).collect(Collectors.joining(","));
	}

}
