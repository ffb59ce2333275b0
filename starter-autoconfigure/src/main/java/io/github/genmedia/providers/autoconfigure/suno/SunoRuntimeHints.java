package io.github.genmedia.providers.autoconfigure.suno;

import java.util.Arrays;

import io.github.genmedia.providers.suno.ClerkClient;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The runtime hints a native image needs for Suno's token refresh: {@link ClerkClient}
 * reads Clerk's answers into records of its own, which no typed API names and so
 * {@code TypedApisRuntimeHints} does not reach. They are private to it, so they are taken
 * from its declared classes rather than named.
 * <p>
 * Listed in {@code META-INF/spring/aot.factories}.
 *
 * @since 0.1.0
 */
public class SunoRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				Arrays.stream(ClerkClient.class.getDeclaredClasses()).filter(Class::isRecord).toArray(Class<?>[]::new));
	}

}
