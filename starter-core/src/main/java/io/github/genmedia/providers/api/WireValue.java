package io.github.genmedia.providers.api;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An enum constant as a provider writes it: a status, a format. A provider that adds a
 * value must not break a running application, so reading one nobody knows gives the
 * enum's {@code UNKNOWN} constant instead of an exception.
 * <p>
 * An enum implements it with a {@code @JsonValue} on {@link #wireValue()} and a
 * {@code @JsonCreator} that calls {@link #parse}.
 *
 * @since 0.1.0
 */
public interface WireValue {

	/**
	 * Return the value on the wire; by default the constant's name in lower case.
	 * @return the value
	 */
	default String wireValue() {
		return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Find the constant a provider's value stands for, ignoring case.
	 * @param <E> the enum
	 * @param constants the enum's constants
	 * @param value the value read, possibly {@code null}
	 * @param unknown the constant for a value no constant stands for
	 * @return the constant
	 */
	static <E extends Enum<E> & WireValue> E parse(E[] constants, @Nullable String value, E unknown) {
		if (value != null) {
			for (E constant : constants) {
				if (constant.wireValue().equalsIgnoreCase(value.strip())) {
					return constant;
				}
			}
		}
		return unknown;
	}

}
