package io.github.genmedia.providers.api;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.genmedia.providers.autype.AutypeFormat;
import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.suno.SunoClipStatus;
import io.github.genmedia.providers.sunor.SunorTaskInput;
import io.github.genmedia.providers.sunor.SunorTaskStatus;
import io.github.genmedia.providers.supertone.SupertoneLanguage;
import io.github.genmedia.providers.supertone.SupertoneModel;
import io.github.genmedia.providers.supertone.SupertoneOutputFormat;
import io.github.genmedia.providers.supertone.SupertoneUsageQuery;
import io.github.genmedia.providers.whisul.WhisulJobStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every enum a provider writes, read and written through the annotations on
 * {@link WireValue} alone: as the provider writes it, a value the provider adds later
 * read as {@code UNKNOWN}, and none of the enums with Jackson glue of its own.
 */
class WireValueTest {

	private static final List<Class<? extends WireValue>> ENUMS = List.of(AutypeFormat.class, AutypeJobStatus.class,
			SunoClipStatus.class, SunorTaskInput.LyricsType.class, SunorTaskStatus.class, SupertoneLanguage.class,
			SupertoneModel.class, SupertoneOutputFormat.class, SupertoneUsageQuery.BucketWidth.class,
			SupertoneUsageQuery.Breakdown.class, WhisulJobStatus.class);

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void theListHoldsEveryWireValueEnum() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(WireValue.class));

		List<@Nullable String> found = scanner.findCandidateComponents("io.github.genmedia.providers")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.toList();

		assertThat(found).containsExactlyInAnyOrderElementsOf(ENUMS.stream().map(Class::getName).toList());
	}

	@ParameterizedTest
	@MethodSource("constants")
	void eachConstantIsWrittenAndReadAsItsWireValue(WireValue constant) {
		String json = this.mapper.writeValueAsString(constant);

		assertThat(json).isEqualTo("\"" + constant.wireValue() + "\"");
		assertThat(read(json, constant)).isSameAs(constant);
	}

	@ParameterizedTest
	@MethodSource("constants")
	void caseAndSurroundingWhiteSpaceAreIgnored(WireValue constant) {
		assertThat(read("\" " + constant.wireValue().toUpperCase(Locale.ROOT) + "\\t\"", constant)).isSameAs(constant);
		assertThat(read("\"\\n" + constant.wireValue().toLowerCase(Locale.ROOT) + " \"", constant)).isSameAs(constant);
	}

	@ParameterizedTest
	@MethodSource("enumsWithUnknown")
	void aValueNoConstantStandsForIsReadAsUnknown(Class<? extends WireValue> type) {
		WireValue unknown = unknown(type).orElseThrow();

		assertThat(this.mapper.readValue("\"added-later\"", type)).isSameAs(unknown);
		assertThat(this.mapper.readValue("\"\"", type)).isSameAs(unknown);
		assertThat(this.mapper.readValue("42", type)).isSameAs(unknown);
	}

	@Test
	void anEnumWithoutUnknownRefusesAValueItDoesNotKnowNamingTheEnumAndTheValue() {
		assertThat(ENUMS).filteredOn((type) -> unknown(type).isEmpty()).containsExactly(SunorTaskInput.LyricsType.class);

		assertThatExceptionOfType(InvalidFormatException.class)
			.isThrownBy(() -> this.mapper.readValue("\"spoken\"", SunorTaskInput.LyricsType.class))
			.withMessageContaining("`io.github.genmedia.providers.sunor.SunorTaskInput$LyricsType`")
			.withMessageContaining("from String \"spoken\"")
			.withMessageContaining("[generate, user, instrumental]");
	}

	@Test
	void aPropertyOrElementIsReadAsItsDeclaredEnumAndNullStaysNull() {
		Statuses statuses = this.mapper.readValue("""
				{"task":null,"jobs":["completed"," Failed ","PAUSED"],"clip":" queue "}""", Statuses.class);

		assertThat(statuses.task()).isNull();
		assertThat(statuses.jobs()).containsExactly(AutypeJobStatus.COMPLETED, AutypeJobStatus.FAILED,
				AutypeJobStatus.UNKNOWN);
		assertThat(statuses.clip()).isSameAs(SunoClipStatus.QUEUED);
		assertThat(this.mapper.writeValueAsString(statuses))
			.isEqualTo("{\"task\":null,\"jobs\":[\"COMPLETED\",\"FAILED\",\"UNKNOWN\"],\"clip\":\"queued\"}");
	}

	@Test
	void aNestedEnumInARequestBodyIsWrittenAsItsWireValue() {
		SunorTaskInput.UdioMusic input = new SunorTaskInput.UdioMusic("calm piano", null,
				SunorTaskInput.LyricsType.INSTRUMENTAL, null, null);

		assertThat(this.mapper.writeValueAsString(input))
			.isEqualTo("{\"prompt\":\"calm piano\",\"lyrics_type\":\"instrumental\"}");
	}

	@Test
	void aMapKeyIsRefusedWithAMessageThatSaysWhy() {
		TypeReference<Map<SunorTaskStatus, Integer>> countsByStatus = new TypeReference<>() {
		};

		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"success\":1}", countsByStatus))
			.withMessageContaining("Cannot read a WireValue enum where Jackson does not say which enum it is");
	}

	@Test
	void noEnumDeclaresJacksonGlueOfItsOwn() {
		for (Class<? extends WireValue> type : ENUMS) {
			Stream<AnnotatedElement> members = Stream.of(type.getDeclaredMethods(), type.getDeclaredConstructors(),
					type.getDeclaredFields(), new AnnotatedElement[] { type })
				.flatMap(Arrays::stream);
			assertThat(members).as(type.getName())
				.noneMatch((member) -> member.isAnnotationPresent(JsonCreator.class)
						|| member.isAnnotationPresent(JsonValue.class)
						|| member.isAnnotationPresent(tools.jackson.databind.annotation.JsonSerialize.class)
						|| member.isAnnotationPresent(tools.jackson.databind.annotation.JsonDeserialize.class));
		}
	}

	@Test
	void aNativeImageThatBindsAnEnumCanCreateItsJacksonClasses() {
		// the auto-configuration's runtime hints bind the typed APIs' enums this way
		RuntimeHints hints = new RuntimeHints();
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), SunorTaskStatus.class);

		for (Class<?> jackson : List.of(WireValueSerializer.class, WireValueDeserializer.class)) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(jackson)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(jackson.getName()).accepts(hints);
		}
	}

	static Stream<WireValue> constants() {
		return ENUMS.stream().flatMap((type) -> Arrays.stream(type.getEnumConstants()));
	}

	static Stream<Class<? extends WireValue>> enumsWithUnknown() {
		return ENUMS.stream().filter((type) -> unknown(type).isPresent());
	}

	private WireValue read(String json, WireValue constant) {
		return this.mapper.readValue(json, ((Enum<?>) constant).getDeclaringClass().asSubclass(WireValue.class));
	}

	private static Optional<WireValue> unknown(Class<? extends WireValue> type) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> ((Enum<?>) constant).name().equals("UNKNOWN"))
			.findFirst()
			.map(WireValue.class::cast);
	}

	record Statuses(@Nullable SunorTaskStatus task, List<AutypeJobStatus> jobs, SunoClipStatus clip) {

	}

}
