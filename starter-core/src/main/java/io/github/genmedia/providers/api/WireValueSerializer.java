package io.github.genmedia.providers.api;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Writes a {@link WireValue} enum as its {@link WireValue#wireValue()}, so that the enums
 * need no {@code @JsonValue} of their own. {@link WireValue} names it in its
 * {@code @JsonSerialize}, which Jackson finds on every enum that implements it. Public,
 * with a public constructor, so that Jackson can create it even when it may not reach
 * past access modifiers ({@code MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS} off).
 *
 * @since 0.1.0
 */
public final class WireValueSerializer extends StdScalarSerializer<WireValue> {

	/**
	 * Create the serializer, as Jackson does.
	 */
	public WireValueSerializer() {
		super(WireValue.class);
	}

	@Override
	public void serialize(WireValue value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(value.wireValue());
	}

}
