package io.github.genmedia.providers.autoconfigure.aot;

import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.api.WireValue;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The runtime hints a native image needs for the typed APIs of every built-in provider,
 * whether or not the provider is configured when the image is built.
 * <p>
 * Each {@code @HttpExchange} interface of {@link BuiltInProvider#httpServices()} gets a
 * JDK proxy hint with the interfaces Spring's proxies add, and its public methods are
 * registered for invocation (the proxy reads their annotations and calls the default
 * ones). Spring Framework registers the same for the interfaces that are beans when the
 * image is built; these hints also hold for a proxy an application creates itself.
 * <p>
 * The records and enums Jackson binds, {@link TypedApiTypes reachable} from the
 * interfaces and from the providers' jobs, go through {@link BindingReflectionHintsRegistrar}:
 * constructors, record accessors, and the constructors of the Jackson serializer and
 * deserializer that the enums' {@link WireValue} interface names; the interface itself is
 * registered so that its annotations, which name them, can be read. Spring's own hints
 * for an interface bean bind only its request
 * bodies and return values; a webhook event the jobs take, a chunk a default method
 * streams or a record another record parses needs these.
 * <p>
 * Listed in {@code META-INF/spring/aot.factories}.
 *
 * @since 0.1.0
 */
public class TypedApisRuntimeHints implements RuntimeHintsRegistrar {

	private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		List<Class<?>> roots = new ArrayList<>();
		for (BuiltInProvider provider : BuiltInProviders.load(classLoader).all()) {
			for (Class<?> api : provider.httpServices()) {
				hints.proxies().registerJdkProxy(AopProxyUtils.completeJdkProxyInterfaces(api));
				hints.reflection().registerType(api, MemberCategory.INVOKE_PUBLIC_METHODS);
				roots.add(api);
			}
			ProviderJobsSupport<?> jobs = provider.jobs();
			if (jobs != null) {
				roots.add(jobs.type());
			}
		}
		hints.reflection().registerType(WireValue.class);
		this.bindings.registerReflectionHints(hints.reflection(),
				TypedApiTypes.reachableFrom(roots).toArray(Class<?>[]::new));
	}

}
