package com.example.studio;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.service.annotation.HttpExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every method of every typed API is answered by the stand-ins: the {@code @HttpExchange}
 * interfaces of the starter are found on the classpath, and each of their abstract
 * methods is called through its bean with {@link TypedApiSamples}' arguments. A method
 * the stand-ins do not answer (a new endpoint without its route), or whose parameter has
 * no sample, fails here by its name. An answer must carry every field its record does
 * not mark {@code @Nullable}, in nested records and lists too.
 */
@SpringBootTest
@AutoConfigureProviderStandIns(jobDuration = "300ms")
class EveryTypedMethodTests {

	private static final String PROVIDERS = "io.github.genmedia.providers";

	@Autowired
	ApplicationContext context;

	@Autowired
	ProviderStandIns standIns;

	@AfterEach
	void reset() {
		this.standIns.reset();
	}

	@TestFactory
	Stream<DynamicContainer> everyMethodOfEveryTypedApiIsAnswered() {
		List<Class<?>> apis = typedApis();
		assertThat(apis).extracting(Class::getSimpleName)
			.contains("SunorApi", "SupertoneApi", "WhisulApi", "AutypeApi", "SunoApi");
		TypedApiSamples samples = new TypedApiSamples(this.context, this.standIns);
		return apis.stream()
			.map((api) -> DynamicContainer.dynamicContainer(api.getSimpleName(),
					abstractMethods(api).map((method) -> DynamicTest
						.dynamicTest(TypedApiSamples.describe(api, method), () -> call(api, method, samples)))));
	}

	private void call(Class<?> api, Method method, TypedApiSamples samples) throws Exception {
		Object[] arguments = samples.argumentsFor(api, method);
		Object result;
		try {
			result = method.invoke(this.context.getBean(api), arguments);
		}
		catch (InvocationTargetException ex) {
			throw new AssertionError(TypedApiSamples.describe(api, method) + " is not answered by the stand-ins: "
					+ ex.getCause(), ex.getCause());
		}
		if (method.getReturnType() != void.class) {
			assertThat(result).as("the answer of %s", TypedApiSamples.describe(api, method)).isNotNull();
			assertComplete(result, TypedApiSamples.describe(api, method));
		}
	}

	/**
	 * Every component a record does not mark {@code @Nullable} is set, in nested records
	 * and lists of them too; a streamed body has bytes.
	 */
	private static void assertComplete(Object value, String path) throws IOException, ReflectiveOperationException {
		if (value instanceof ResponseEntity<?> entity) {
			assertThat(entity.getStatusCode().is2xxSuccessful()).as(path).isTrue();
			assertThat(entity.getBody()).as(path + " body").isNotNull();
			if (entity.getBody() instanceof InputStream body) {
				try (body) {
					assertThat(body.readAllBytes()).as(path + " body").isNotEmpty();
				}
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				assertComplete(list.get(i), path + "[" + i + "]");
			}
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				Object field = component.getAccessor().invoke(record);
				String fieldPath = path + "." + component.getName();
				if (!TypedApiSamples.isNullable(component.getAnnotatedType())) {
					assertThat(field).as(fieldPath + " (not @Nullable)").isNotNull();
				}
				if (field != null) {
					assertComplete(field, fieldPath);
				}
			}
		}
	}

	private static List<Class<?>> typedApis() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}

		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(HttpExchange.class));
		return scanner.findCandidateComponents(PROVIDERS)
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.<Class<?>>map((name) -> ClassUtils.resolveClassName(name, EveryTypedMethodTests.class.getClassLoader()))
			.sorted(Comparator.comparing(Class::getName))
			.toList();
	}

	private static Stream<Method> abstractMethods(Class<?> api) {
		return Arrays.stream(api.getDeclaredMethods())
			.filter((method) -> Modifier.isAbstract(method.getModifiers()))
			.sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
	}

}
