package io.github.genmedia.providers.autoconfigure.suno;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import io.github.genmedia.providers.suno.ClerkClient;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suno's token refresh works in a native image: every record {@link ClerkClient} reads
 * Clerk's answers into can be created and read by Jackson.
 */
class SunoRuntimeHintsTests {

	@Test
	void theRegistrarIsListedInAotFactories() {
		assertThat(AotServices.factories(getClass().getClassLoader()).load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(SunoRuntimeHints.class);
	}

	@Test
	void everyRecordClerkClientReadsCanBeBound() {
		RuntimeHints hints = new RuntimeHints();
		new SunoRuntimeHints().registerHints(hints, getClass().getClassLoader());
		List<Class<?>> records = Arrays.stream(ClerkClient.class.getDeclaredClasses()).filter(Class::isRecord).toList();
		assertThat(records).isNotEmpty();
		for (Class<?> type : records) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName()).accepts(hints);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.as(component.getAccessor().toString())
					.accepts(hints);
			}
		}
	}

}
