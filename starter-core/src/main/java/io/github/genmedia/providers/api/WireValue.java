package io.github.genmedia.providers.api;

import java.util.Locale;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An enum constant as a provider writes it: a status, a format. A provider that adds a
 * value must not break a running application, so reading one nobody knows gives the
 * enum's {@code UNKNOWN} constant instead of an exception.
 * <p>
 * An enum that implements it needs nothing else for Jackson: this interface names the
 * serializer, which writes {@link #wireValue()}, and the deserializer, which reads the
 * constant a value stands for ({@link #isWrittenAs}, ignoring case and surrounding
 * white space) and a value no constant stands for, an empty one included, as the
 * constant named {@code UNKNOWN}. An enum without such a constant, one the application
 * only writes, makes a value it does not know a Jackson error that names the enum and
 * the value. Override {@link #wireValue()} where the provider does not write the
 * constant's name in lower case, and {@link #isWrittenAs} where it has other spellings.
 * Map keys are not covered (none of the typed APIs has one): Jackson writes an enum key
 * by its name, and reading one is an error. The annotations are Jackson 3's, which Spring
 * Boot 4 uses: a Jackson 2 {@code ObjectMapper} writes these enums by name. They take
 * precedence over a serializer an application registers in a module; a mix-in replaces
 * them.
 *
 * @since 0.1.0
 */
@JsonSerialize(using = WireValueSerializer.class)
@JsonDeserialize(using = WireValueDeserializer.class)
public interface WireValue {

	/**
	 * Return the value on the wire; by default the constant's name in lower case.
	 * @return the value
	 */
	default String wireValue() {
		return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Return whether a provider's value stands for this constant; by default when it is
	 * {@link #wireValue()}, ignoring case.
	 * @param value the value read, without surrounding white space
	 * @return whether the value stands for this constant
	 */
	default boolean isWrittenAs(String value) {
		return wireValue().equalsIgnoreCase(value);
	}

}
