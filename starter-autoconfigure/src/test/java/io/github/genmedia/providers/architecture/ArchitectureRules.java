package io.github.genmedia.providers.architecture;

import java.lang.reflect.Modifier;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules the project's code keeps, in the manner of Spring Boot's own
 * {@code ArchitectureRules}.
 */
final class ArchitectureRules {

	private static final String ONE_REGISTRAR = "ProviderBeansRegistrar";

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

	/**
	 * No constructor takes more than five arguments, except a record's: a class that needs
	 * more does more than one job, or wants a record of its settings.
	 * @return the rule
	 */
	static ArchRule noConstructorOverFiveParametersExceptRecords() {
		return constructors().that()
			.areDeclaredInClassesThat(DescribedPredicate.describe("are not records",
					(javaClass) -> !javaClass.reflect().isRecord()))
			.should(new ArchCondition<>("take at most 5 parameters") {
				@Override
				public void check(JavaConstructor item, ConditionEvents events) {
					int parameters = item.getParameters().size();
					events.add(new SimpleConditionEvent(item, parameters <= 5,
							item.getFullName() + " takes " + parameters + " parameters"));
				}
			});
	}

	/**
	 * Auto-configuration code takes the beans it needs as arguments and never looks one up
	 * in a {@link BeanFactory}: what is looked up is invisible to Spring's dependency
	 * ordering and AOT processing.
	 * @return the rule
	 */
	static ArchRule noBeanLookupsInAutoConfiguration() {
		return noClasses().that(DescribedPredicate.not(inCore()))
			.should()
			.callMethodWhere(DescribedPredicate.describe("a bean lookup in a BeanFactory",
					(JavaMethodCall call) -> (call.getName().equals("getBean")
							|| call.getName().equals("getBeanProvider"))
							&& call.getTargetOwner().isAssignableTo(BeanFactory.class)))
			.because("auto-configurations take the beans they need as arguments");
	}

	/**
	 * The providers' beans are registered in one pass: the only registrar an
	 * auto-configuration imports is {@code ProviderBeansRegistrar}; any other registrar
	 * (Spring's HTTP service registrar for the typed APIs) is a part it drives with the
	 * providers it resolved, never imported by itself.
	 * @return the rule
	 */
	static ArchRule oneRegistrationPass() {
		return classes().that()
			.implement(ImportBeanDefinitionRegistrar.class)
			.and()
			.doNotHaveSimpleName(ONE_REGISTRAR)
			.should()
			.onlyHaveDependentClassesThat()
			.haveSimpleName(ONE_REGISTRAR)
			.because("each provider is resolved once and registered once");
	}

	/**
	 * The bound {@code providers.*} types stay in startup: only the properties, resolution
	 * and provider SPI packages, a built-in provider's package and auto-configurations use
	 * them; what runs after startup (and the core, which cannot) takes the resolved, typed
	 * settings instead.
	 * @param autoconfigure the auto-configuration's root package
	 * @return the rule
	 */
	static ArchRule propertiesStayInStartup(String autoconfigure) {
		return classes().that()
			.resideInAPackage(autoconfigure + ".properties..")
			.should()
			.onlyHaveDependentClassesThat(DescribedPredicate.describe(
					"are in the properties, resolution or provider package, a built-in provider's package, "
							+ "or an auto-configuration",
					(javaClass) -> javaClass.getPackageName().startsWith(autoconfigure + ".properties")
							|| javaClass.getPackageName().startsWith(autoconfigure + ".resolution")
							|| javaClass.getPackageName().startsWith(autoconfigure + ".provider")
							|| holdsABuiltInProvider(javaClass) || isAutoConfiguration(javaClass)))
			.because("nothing after startup reads providers.* again");
	}

	/**
	 * Startup walks a provider one way: the shared properties package, the provider SPI
	 * package (presets, {@code BuiltInProvider}), the resolution package, then one
	 * registration pass in the root package. No step reaches back into a later one for
	 * something it made, so that each provider is resolved by the time anything asks for
	 * it, and once. The layers are these four packages; a built-in provider's own package
	 * and the features come after them and are left to the other rules (no cycles,
	 * {@link #propertiesStayInStartup}). Bytecode shows no compile-time constant, so the
	 * properties name their prefixes themselves rather than through the resolution's.
	 * @param autoconfigure the auto-configuration's root package
	 * @return the rule
	 */
	static ArchRule startupFlowsOneWay(String autoconfigure) {
		return layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("properties")
			.definedBy(autoconfigure + ".properties..")
			.layer("provider SPI")
			.definedBy(autoconfigure + ".provider..")
			.layer("resolution")
			.definedBy(autoconfigure + ".resolution..")
			.layer("registration")
			.definedBy(autoconfigure)
			.whereLayer("properties")
			.mayNotAccessAnyLayer()
			.whereLayer("provider SPI")
			.mayOnlyAccessLayers("properties")
			.whereLayer("resolution")
			.mayOnlyAccessLayers("properties", "provider SPI")
			.because("each provider is resolved from its properties and preset before it is registered");
	}

	private static boolean holdsABuiltInProvider(JavaClass javaClass) {
		return javaClass.getPackage()
			.getClasses()
			.stream()
			.anyMatch((candidate) -> candidate.getAllRawInterfaces()
				.stream()
				.anyMatch((type) -> type.getSimpleName().equals("BuiltInProvider")));
	}

	private static boolean isAutoConfiguration(JavaClass javaClass) {
		JavaClass outermost = javaClass;
		while (outermost.getEnclosingClass().isPresent()) {
			outermost = outermost.getEnclosingClass().get();
		}
		return outermost.isAnnotatedWith(AutoConfiguration.class);
	}

	static DescribedPredicate<JavaClass> inCore() {
		return DescribedPredicate.describe("are in starter-core",
				(javaClass) -> javaClass.getSource()
					.map((source) -> source.getUri().toString().contains("starter-core")
							|| source.getUri().toString().contains("genmedia-providers-core"))
					.orElse(false));
	}

}
