package io.github.genmedia.providers.autoconfigure.aot;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.genmedia.providers.api.WireValue;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.autype.AutypeWebhookEvent;
import io.github.genmedia.providers.sunor.SunorClip;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.supertone.SupertoneModel;
import io.github.genmedia.providers.supertone.SupertoneSpeechChunk;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import org.springframework.aop.SpringProxy;
import org.springframework.aop.framework.Advised;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.core.DecoratingProxy;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image of an application that uses a typed API can create its proxy and let
 * Jackson bind every record and enum the API reads or writes: the hints cover each
 * {@code @HttpExchange} interface of every built-in provider and everything Jackson
 * reaches from it. The interfaces and types are found here by reflection, not listed, so
 * a record added to an API without a hint fails this test.
 */
class TypedApisRuntimeHintsTests {

	private final RuntimeHints hints = registeredHints();

	@Test
	void theRegistrarIsListedInAotFactories() {
		assertThat(AotServices.factories(getClass().getClassLoader()).load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(TypedApisRuntimeHints.class);
	}

	@TestFactory
	Stream<DynamicTest> everyHttpInterfaceIsAProxyWithInvocableMethods() {
		return httpInterfaces().stream().map((api) -> DynamicTest.dynamicTest(api.getSimpleName(), () -> {
			assertThat(RuntimeHintsPredicates.proxies()
				.forInterfaces(api, SpringProxy.class, Advised.class, DecoratingProxy.class)).accepts(this.hints);
			for (Method method : api.getMethods()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method)).as(method.toString())
					.accepts(this.hints);
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyRecordAndEnumJacksonReachesFromAnInterfaceCanBeBound() {
		Set<Class<?>> bound = jacksonReachable(httpInterfaces());
		assertThat(bound).contains(SunorTask.class, SupertoneModel.class, AutypeJobStatus.class,
				SupertoneSpeechChunk.class);
		return bound.stream().map((type) -> DynamicTest.dynamicTest(type.getSimpleName(), () -> assertBindable(type)));
	}

	@Test
	void aRecordParsedByARecordOfAnInterfaceCanBeBound() throws NoSuchMethodException {
		// SunorTaskOutput.clips() parses its result field into SunorClips
		assertBindable(SunorClip.class);
	}

	@Test
	void aRecordTheJobsOfAProviderTakeCanBeBound() throws NoSuchMethodException {
		// Autype's webhook events reach AutypeJobs, never an interface
		assertBindable(AutypeWebhookEvent.class);
	}

	private void assertBindable(Class<?> type) throws NoSuchMethodException {
		assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getName()).accepts(this.hints);
		if (type.isRecord()) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName()).accepts(this.hints);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.as(component.getAccessor().toString())
					.accepts(this.hints);
			}
		}
		if (WireValue.class.isAssignableFrom(type)) {
			assertThat(RuntimeHintsPredicates.reflection().onType(WireValue.class)).accepts(this.hints);
			for (Class<?> jackson : List.of(WireValue.class.getAnnotation(JsonSerialize.class).using(),
					WireValue.class.getAnnotation(JsonDeserialize.class).using())) {
				assertThat(RuntimeHintsPredicates.reflection()
					.onConstructorInvocation(ReflectionUtils.accessibleConstructor(jackson))).as(jackson.getName())
					.accepts(this.hints);
			}
		}
		for (Executable jackson : jacksonMethods(type)) {
			assertThat(jackson instanceof Method method ? RuntimeHintsPredicates.reflection().onMethodInvocation(method)
					: RuntimeHintsPredicates.reflection().onConstructorInvocation((Constructor<?>) jackson))
				.as(jackson.toString())
				.accepts(this.hints);
		}
	}

	private static List<Executable> jacksonMethods(Class<?> type) {
		List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
		executables.addAll(List.of(type.getDeclaredConstructors()));
		return executables.stream()
			.filter((executable) -> executable.isAnnotationPresent(JsonCreator.class)
					|| executable.isAnnotationPresent(JsonValue.class))
			.toList();
	}

	/**
	 * What Jackson binds from the interfaces: the records and enums of the starter named
	 * in the generic signatures of their methods, and in the components of those records.
	 */
	private static Set<Class<?>> jacksonReachable(List<Class<?>> interfaces) {
		Set<Class<?>> found = new LinkedHashSet<>();
		for (Class<?> api : interfaces) {
			for (Method method : api.getMethods()) {
				addReachable(method.getGenericReturnType(), found);
				for (Type parameter : method.getGenericParameterTypes()) {
					addReachable(parameter, found);
				}
			}
		}
		return found;
	}

	private static void addReachable(Type type, Set<Class<?>> found) {
		ResolvableType resolvable = ResolvableType.forType(type);
		for (ResolvableType generic : resolvable.getGenerics()) {
			addReachable(generic.getType(), found);
		}
		Class<?> resolved = resolvable.resolve();
		if (resolved == null || !resolved.getName().startsWith("io.github.genmedia.providers.")
				|| !(resolved.isRecord() || resolved.isEnum()) || !found.add(resolved)) {
			return;
		}
		if (resolved.isRecord()) {
			for (RecordComponent component : resolved.getRecordComponents()) {
				addReachable(component.getGenericType(), found);
			}
		}
	}

	private static List<Class<?>> httpInterfaces() {
		List<Class<?>> interfaces = BuiltInProviders.load(null)
			.all()
			.stream()
			.flatMap((provider) -> provider.httpServices().stream())
			.toList();
		assertThat(interfaces).hasSizeGreaterThanOrEqualTo(5);
		return interfaces;
	}

	private static RuntimeHints registeredHints() {
		RuntimeHints hints = new RuntimeHints();
		new TypedApisRuntimeHints().registerHints(hints, TypedApisRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

}
