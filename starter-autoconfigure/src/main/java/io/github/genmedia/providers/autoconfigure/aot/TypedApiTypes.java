package io.github.genmedia.providers.autoconfigure.aot;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.ResolvableType;

/**
 * The records and enums of the starter that its typed APIs hand to Jackson, found by
 * walking signatures rather than listed, so that a type added to an API is covered
 * without anyone remembering it.
 * <p>
 * From each starting type (an {@code @HttpExchange} interface, a provider's jobs) the
 * walk follows the generic return and parameter types of its public methods, and from
 * every record or enum of the starter it reaches, the record's components and its own
 * public methods (a record that parses one of its fields into other records names them
 * there). Other types of the starter are not entered: their signatures are not bound.
 */
final class TypedApiTypes {

	private static final String PACKAGE_PREFIX = "io.github.genmedia.providers.";

	private TypedApiTypes() {
	}

	/**
	 * Return the records and enums reachable from some types.
	 * @param roots where the walk starts
	 * @return the records and enums, in the order they were found
	 */
	static Set<Class<?>> reachableFrom(Collection<Class<?>> roots) {
		Set<Class<?>> found = new LinkedHashSet<>();
		Deque<Class<?>> pending = new ArrayDeque<>(roots);
		Set<Class<?>> walked = new LinkedHashSet<>();
		while (!pending.isEmpty()) {
			Class<?> type = pending.pop();
			if (!walked.add(type)) {
				continue;
			}
			Set<Class<?>> named = new LinkedHashSet<>();
			signatures(type).forEach((signature) -> collect(ResolvableType.forType(signature), named, new HashSet<>()));
			for (Class<?> candidate : named) {
				if (isBound(candidate) && found.add(candidate)) {
					pending.push(candidate);
				}
			}
		}
		return found;
	}

	private static Set<Type> signatures(Class<?> type) {
		Set<Type> signatures = new LinkedHashSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				signatures.add(component.getGenericType());
			}
		}
		for (Method method : type.getMethods()) {
			if (isOwn(method.getDeclaringClass()) && !Modifier.isStatic(method.getModifiers())) {
				signatures.add(method.getGenericReturnType());
				signatures.addAll(List.of(method.getGenericParameterTypes()));
			}
		}
		return signatures;
	}

	private static void collect(ResolvableType type, Set<Class<?>> named, Set<Type> visited) {
		if (!visited.add(type.getType())) {
			return;
		}
		if (type.isArray()) {
			collect(type.getComponentType(), named, visited);
			return;
		}
		Class<?> resolved = type.resolve();
		if (resolved != null) {
			named.add(resolved);
		}
		for (ResolvableType generic : type.getGenerics()) {
			collect(generic, named, visited);
		}
	}

	private static boolean isBound(Class<?> type) {
		return isOwn(type) && (type.isRecord() || type.isEnum());
	}

	private static boolean isOwn(Class<?> type) {
		return type.getName().startsWith(PACKAGE_PREFIX);
	}

}
