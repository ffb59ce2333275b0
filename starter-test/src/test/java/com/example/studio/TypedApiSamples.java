package com.example.studio;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.genmedia.providers.autype.AutypeApi;
import io.github.genmedia.providers.autype.AutypeBulkRenderRequest;
import io.github.genmedia.providers.autype.AutypeDocumentRenderRequest;
import io.github.genmedia.providers.autype.AutypeDocumentRequest;
import io.github.genmedia.providers.autype.AutypeFormat;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeProjectRequest;
import io.github.genmedia.providers.autype.AutypeRenderRequest;
import io.github.genmedia.providers.suno.SunoApi;
import io.github.genmedia.providers.suno.SunoCaptchaCheck;
import io.github.genmedia.providers.suno.SunoGenerateRequest;
import io.github.genmedia.providers.suno.SunoLyricsRequest;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorTaskInput;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.supertone.SupertoneApi;
import io.github.genmedia.providers.supertone.SupertoneCustomVoiceUpdate;
import io.github.genmedia.providers.supertone.SupertoneDurationRequest;
import io.github.genmedia.providers.supertone.SupertoneLanguage;
import io.github.genmedia.providers.supertone.SupertoneSpeechRequest;
import io.github.genmedia.providers.supertone.SupertoneUsageQuery;
import io.github.genmedia.providers.supertone.SupertoneVoiceSearch;
import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.whisul.WhisulApi;
import io.github.genmedia.providers.whisul.WhisulGenerateRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;

import static java.util.Map.entry;

/**
 * Plausible arguments for the typed APIs' methods, for {@link EveryTypedMethodTests}: a
 * {@code @Nullable} parameter gets {@code null}; any other is looked up by
 * {@code Api.method#parameter}, then {@code Api#parameter}, then {@code parameter} (ids,
 * which must name something the stand-ins know, so they are made fresh for each call),
 * then by its type (requests). A parameter found nowhere fails, naming the method: add
 * its sample here.
 */
final class TypedApiSamples {

	private static final byte[] RECORDING = { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E' };

	private final ApplicationContext context;

	private final ProviderStandIns standIns;

	private final Map<String, Supplier<Object>> byName;

	private final Map<Class<?>, Supplier<Object>> byType;

	TypedApiSamples(ApplicationContext context, ProviderStandIns standIns) {
		this.context = context;
		this.standIns = standIns;
		this.byName = Map.ofEntries(entry("taskId", this::sunorTask), entry("WhisulApi#jobId", this::whisulJob),
				entry("AutypeApi#jobId", this::finishedRender), entry("bulkJobId", this::finishedBulkRender),
				entry("documentId", this::autypeDocument), entry("clipId", () -> sunoClips().get(0)),
				entry("ids", () -> String.join(",", sunoClips())), entry("SunoApi#id", this::sunoLyrics),
				entry("SupertoneApi#voiceId", () -> "voice-stand-in"),
				entry("SupertoneApi.getCustomVoice#voiceId", this::clonedVoice),
				entry("SupertoneApi.editCustomVoice#voiceId", this::clonedVoice),
				entry("SupertoneApi.deleteCustomVoice#voiceId", this::clonedVoice),
				entry("SupertoneApi.createClonedVoice#name", () -> "Narrator"),
				entry("SupertoneApi.createSpeechWithPhonemes#request",
						() -> SupertoneSpeechRequest.of("Hello there", SupertoneLanguage.EN).withPhonemes()),
				entry("SupertoneApi.searchVoices#query",
						() -> SupertoneVoiceSearch.all().withLanguages(SupertoneLanguage.EN).toQuery()),
				entry("SupertoneApi.getUsage#query",
						() -> SupertoneUsageQuery
							.between(OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
									OffsetDateTime.of(2025, 1, 8, 0, 0, 0, 0, ZoneOffset.UTC))
							.toQuery()),
				entry("startDate", () -> "2025-01-01"), entry("endDate", () -> "2025-01-07"));
		this.byType = Map.ofEntries(
				entry(SunorTaskRequest.class,
						() -> SunorTaskRequest.sunoMusic(SunorTaskInput.SunoMusic.fromDescription("a lo-fi beat"))),
				entry(SupertoneSpeechRequest.class, () -> SupertoneSpeechRequest.of("Hello there", SupertoneLanguage.EN)),
				entry(SupertoneDurationRequest.class,
						() -> SupertoneDurationRequest.of("Hello there", SupertoneLanguage.EN)),
				entry(SupertoneCustomVoiceUpdate.class, () -> SupertoneCustomVoiceUpdate.name("Narrator")),
				entry(HttpEntity.class,
						() -> SupertoneApi.audioPart(new ByteArrayResource(RECORDING), "voice.wav")),
				entry(WhisulGenerateRequest.class, () -> new WhisulGenerateRequest("an upbeat trap beat")),
				entry(AutypeRenderRequest.class,
						() -> AutypeRenderRequest.of(Map.of("document", Map.of("type", "pdf"), "sections", List.of()))),
				entry(AutypeMarkdownRenderRequest.class, () -> AutypeMarkdownRenderRequest.pdf("# Report")),
				entry(AutypeDocumentRenderRequest.class,
						() -> AutypeDocumentRenderRequest.withVariables(Map.of("companyName", "Beta Corp"))),
				entry(AutypeBulkRenderRequest.class,
						() -> AutypeBulkRenderRequest.of(autypeDocument(), AutypeFormat.PDF,
								List.of(Map.of("companyName", "Acme Inc"), Map.of("companyName", "Beta Corp")))),
				entry(AutypeProjectRequest.class, () -> AutypeProjectRequest.named("Contracts")),
				entry(AutypeDocumentRequest.class,
						() -> AutypeDocumentRequest.of(autypeProject(), "My Document")),
				entry(SunoGenerateRequest.class, () -> SunoGenerateRequest.fromDescription("a song", "chirp-v4")),
				entry(SunoCaptchaCheck.class, SunoCaptchaCheck::generation),
				entry(SunoLyricsRequest.class, () -> new SunoLyricsRequest("the sea")));
	}

	/**
	 * Return the arguments to call a method with.
	 * @param api the interface
	 * @param method one of its methods
	 * @return an argument per parameter
	 */
	@Nullable Object[] argumentsFor(Class<?> api, Method method) {
		return Arrays.stream(method.getParameters()).map((parameter) -> argument(api, method, parameter)).toArray();
	}

	private @Nullable Object argument(Class<?> api, Method method, Parameter parameter) {
		if (isNullable(parameter.getAnnotatedType())) {
			return null;
		}
		String name = parameter.getName();
		for (String key : List.of(api.getSimpleName() + "." + method.getName() + "#" + name,
				api.getSimpleName() + "#" + name, name)) {
			if (this.byName.containsKey(key)) {
				return this.byName.get(key).get();
			}
		}
		Supplier<Object> sample = this.byType.get(parameter.getType());
		if (sample == null) {
			throw new AssertionError("No sample argument for parameter '" + name + "' ("
					+ parameter.getParameterizedType().getTypeName() + ") of " + describe(api, method)
					+ ": add one to TypedApiSamples");
		}
		return sample.get();
	}

	static boolean isNullable(AnnotatedType type) {
		return type.isAnnotationPresent(Nullable.class);
	}

	static String describe(Class<?> api, Method method) {
		return api.getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(", ", "(", ")"));
	}

	// Ids of things the stand-ins know, made through the APIs themselves

	private String sunorTask() {
		return api(SunorApi.class).createTask(SunorTaskRequest.sunoLyrics("the sea")).data().taskId();
	}

	private String whisulJob() {
		return api(WhisulApi.class).generate(new WhisulGenerateRequest("a calm piano piece")).jobId();
	}

	private String finishedRender() {
		String id = api(AutypeApi.class).renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Done")).jobId();
		this.standIns.finishedJob(id);
		return id;
	}

	private String finishedBulkRender() {
		String id = api(AutypeApi.class)
			.createBulkRender(AutypeBulkRenderRequest.of(autypeDocument(), AutypeFormat.PDF,
					List.of(Map.of("companyName", "Acme Inc"))))
			.bulkJobId();
		this.standIns.finishedJob(id);
		return id;
	}

	private String autypeProject() {
		return api(AutypeApi.class).createProject(AutypeProjectRequest.named("Samples")).id();
	}

	private String autypeDocument() {
		return api(AutypeApi.class).createDocument(AutypeDocumentRequest.of(autypeProject(), "Sample")).id();
	}

	private List<String> sunoClips() {
		return api(SunoApi.class).generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")).clipIds();
	}

	private String sunoLyrics() {
		return api(SunoApi.class).generateLyrics(new SunoLyricsRequest("the sea")).id();
	}

	private String clonedVoice() {
		return api(SupertoneApi.class)
			.createClonedVoice(SupertoneApi.audioPart(new ByteArrayResource(RECORDING), "voice.wav"), "Sample", null)
			.voiceId();
	}

	private <T> T api(Class<T> type) {
		return this.context.getBean(type);
	}

}
