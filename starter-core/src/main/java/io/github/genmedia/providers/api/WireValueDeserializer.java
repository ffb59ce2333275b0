package io.github.genmedia.providers.api;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a {@link WireValue} enum: the constant a value stands for, or the enum's
 * {@code UNKNOWN} constant, so that the enums need no {@code @JsonCreator} of their own.
 * <p>
 * {@link WireValue} names it in its {@code @JsonDeserialize}, which Jackson finds on every
 * enum that implements it. Jackson creates it through the public no-argument
 * constructor, for the interface (public, so that it can even when it may not reach past
 * access modifiers); it then asks {@link #createContextual} for the deserializer of the
 * enum at hand, a property's type or a list's element type. Jackson reads a Map key with
 * the instance it created, which knows no enum: that is an error, as {@link WireValue}
 * says.
 *
 * @since 0.1.0
 */
public final class WireValueDeserializer extends StdScalarDeserializer<WireValue> {

	private final WireValue[] constants;

	private final @Nullable WireValue unknown;

	/**
	 * Create the deserializer of the interface, as Jackson does; it knows no enum until
	 * {@link #createContextual} is asked.
	 */
	public WireValueDeserializer() {
		super(WireValue.class);
		this.constants = new WireValue[0];
		this.unknown = null;
	}

	private WireValueDeserializer(Class<?> type, WireValue[] constants) {
		super(type);
		this.constants = constants;
		this.unknown = Arrays.stream(constants)
			.filter((constant) -> ((Enum<?>) constant).name().equals("UNKNOWN"))
			.findFirst()
			.orElse(null);
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
		JavaType type = context.getContextualType();
		if (type == null || !type.getRawClass().isEnum()) {
			return context.reportBadDefinition(WireValue.class,
					"WireValue is for enums, not for " + ((type != null) ? type : "a value of unknown type"));
		}
		return new WireValueDeserializer(type.getRawClass(), (WireValue[]) type.getRawClass().getEnumConstants());
	}

	@Override
	public WireValue deserialize(JsonParser parser, DeserializationContext context) {
		if (handledType() == WireValue.class) {
			return context.reportBadDefinition(WireValue.class,
					"Cannot read a WireValue enum where Jackson does not say which enum it is, such as a Map key");
		}
		String value = parser.getValueAsString();
		if (value == null) {
			return (WireValue) context.handleUnexpectedToken(handledType(), parser);
		}
		for (WireValue constant : this.constants) {
			if (constant.isWrittenAs(value.strip())) {
				return constant;
			}
		}
		if (this.unknown != null) {
			return this.unknown;
		}
		return (WireValue) context.handleWeirdStringValue(handledType(), value,
				"no constant stands for it and the enum has no UNKNOWN constant (values: %s)",
				Arrays.stream(this.constants).map(WireValue::wireValue).toList());
	}

}
