package io.github.genmedia.providers.architecture;

import java.lang.reflect.Modifier;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.boot.autoconfigure.AutoConfiguration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules the project's code keeps, in the manner of Spring Boot's own
 * {@code ArchitectureRules}.
 */
final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * No two packages depend on each other, directly or through others.
	 * @param root the root package, whose sub-packages are the slices
	 * @return the rule
	 */
	static ArchRule noPackageCycles(String root) {
		return slices().matching(root + ".(**)").should().beFreeOfCycles();
	}

	/**
	 * The core is usable without Spring Boot.
	 * @return the rule
	 */
	static ArchRule coreNeverUsesSpringBoot() {
		return noClasses().that(inCore())
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.boot..")
			.because("starter-core works without Spring Boot");
	}

	/**
	 * Auto-configurations are {@code public final}, as Spring Boot's are.
	 * @return the rule
	 */
	static ArchRule autoConfigurationsArePublicFinal() {
		return classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should(new ArchCondition<>("be public final") {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					boolean publicFinal = item.reflect().getModifiers() == (Modifier.PUBLIC | Modifier.FINAL);
					events.add(new SimpleConditionEvent(item, publicFinal, item.getName() + " is not public final"));
				}
			});
	}

	static DescribedPredicate<JavaClass> inCore() {
		return DescribedPredicate.describe("are in starter-core",
				(javaClass) -> javaClass.getSource()
					.map((source) -> source.getUri().toString().contains("starter-core")
							|| source.getUri().toString().contains("genmedia-providers-core"))
					.orElse(false));
	}

}
