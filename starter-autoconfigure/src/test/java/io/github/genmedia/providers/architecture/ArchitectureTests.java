package io.github.genmedia.providers.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The architecture rules hold for the starter's production code, core and
 * auto-configuration together, and would fail if broken.
 */
class ArchitectureTests {

	private static final String ROOT = "io.github.genmedia.providers";

	// Test classes come from target/test-classes, and the shared test helpers from the
	// test-support module, whose classes are not the starter's.
	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("/testsupport/"))
		.importPackages(ROOT);

	@Test
	void noPackageDependsOnItselfThroughOthers() {
		ArchitectureRules.noPackageCycles(ROOT).check(PRODUCTION);
	}

	@Test
	void theCycleRuleFindsACycle() {
		JavaClasses cycle = new ClassFileImporter().importPackages(ROOT + ".architecture.cycle");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.noPackageCycles(ROOT + ".architecture").check(cycle))
			.withMessageContaining("Cycle detected");
	}

	@Test
	void coreNeverImportsSpringBoot() {
		assertThat(PRODUCTION.stream().filter(ArchitectureRules.inCore()::test).map(JavaClass::getSimpleName))
			.as("the core's classes are recognised").contains("ProviderPipeline", "SunoAccount");
		ArchitectureRules.coreNeverUsesSpringBoot().check(PRODUCTION);
	}

	@Test
	void noConstructorTakesMoreThanFiveParametersExceptARecords() {
		ArchitectureRules.noConstructorOverFiveParametersExceptRecords().check(PRODUCTION);
	}

	@Test
	void theConstructorRuleFindsALongConstructor() {
		JavaClasses violations = new ClassFileImporter().importPackages(ROOT + ".architecture.violation");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.noConstructorOverFiveParametersExceptRecords().check(violations))
			.withMessageContaining("LongConstructor.<init>")
			.withMessageContaining("takes 6 parameters")
			.withMessageNotContaining("SixComponents");
	}

	@Test
	void autoConfigurationNeverLooksUpABean() {
		ArchitectureRules.noBeanLookupsInAutoConfiguration().check(PRODUCTION);
	}

	@Test
	void theBeanLookupRuleFindsALookup() {
		JavaClasses violations = new ClassFileImporter().importPackages(ROOT + ".architecture.violation");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.noBeanLookupsInAutoConfiguration().check(violations))
			.withMessageContaining("BeanLookup.find");
	}

	@Test
	void providersBeansAreRegisteredInOnePass() {
		assertThat(PRODUCTION.get(ROOT + ".autoconfigure.ProviderApiGroups").isAssignableTo(
				ImportBeanDefinitionRegistrar.class))
			.as("the typed APIs' registrar is one the rule checks").isTrue();
		ArchitectureRules.oneRegistrationPass().check(PRODUCTION);
	}

	@Test
	void theRegistrationRuleFindsASecondRegistrar() {
		JavaClasses violations = new ClassFileImporter().importPackages(ROOT + ".architecture.violation");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.oneRegistrationPass().check(violations))
			.withMessageContaining("SecondRegistrar");
	}

	@Test
	void propertiesTypesStayInStartup() {
		ArchitectureRules.propertiesStayInStartup(ROOT + ".autoconfigure").check(PRODUCTION);
	}

	@Test
	void thePropertiesRuleFindsAPropertiesTypeAfterStartup() {
		JavaClasses violations = new ClassFileImporter().importPackages(ROOT + ".architecture.violation",
				ROOT + ".autoconfigure.properties");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.propertiesStayInStartup(ROOT + ".autoconfigure").check(violations))
			.withMessageContaining("PropertiesAfterStartup");
	}

	@Test
	void startupWalksEachProviderOneWay() {
		ArchitectureRules.startupFlowsOneWay(ROOT + ".autoconfigure").check(PRODUCTION);
	}

	@Test
	void theStartupRuleFindsAStepThatReachesBack() {
		String startup = ROOT + ".architecture.violation.startup";
		JavaClasses violations = new ClassFileImporter().importPackages(startup);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.startupFlowsOneWay(startup).check(violations))
			.withMessageContaining("PresetThatAsksTheResolution")
			.withMessageContaining("ResolutionThatAsksTheRegistrar")
			.withMessageNotContaining("BoundProperties")
			.withMessageNotContaining("Registrar.register()")
			.withMessageNotContaining("is empty");
	}

	@Test
	void autoConfigurationsArePublicFinal() {
		ArchitectureRules.autoConfigurationsArePublicFinal().check(PRODUCTION);
	}

}
