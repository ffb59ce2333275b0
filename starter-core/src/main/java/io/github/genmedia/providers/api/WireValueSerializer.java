package io.github.genmedia.providers.api;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Writes a {@link WireValue} enum as its {@link WireValue#wireValue()}, so that the enums
 * need no {@code @JsonValue} of their own. {@link WireValue} names it in its
 * {@code @JsonSerialize}, which Jackson finds on every enum that implements it; Jackson
 * creates it through the no-argument constructor, reaching past package-private access
 * as it does by default ({@code MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS}).
 */
final class WireValueSerializer extends StdScalarSerializer<WireValue> {

	WireValueSerializer() {
		super(WireValue.class);
	}

	@Override
	public void serialize(WireValue value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(value.wireValue());
	}

}
