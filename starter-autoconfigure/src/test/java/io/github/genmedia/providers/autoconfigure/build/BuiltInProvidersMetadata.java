package io.github.genmedia.providers.autoconfigure.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the built-in providers' own defaults into the configuration metadata the
 * configuration processor generated: the processor cannot see them (they are the
 * providers' presets and job defaults, applied when the properties are resolved, not
 * field initialisers), so they are taken from the presets instead of being repeated by
 * hand in {@code additional-spring-configuration-metadata.json}. The build runs
 * {@link #main} once the test classes are compiled (exec-maven-plugin in the
 * {@code process-test-classes} phase), so the jar ships the merged file; it is a test
 * class so that it does not ship itself.
 */
public final class BuiltInProvidersMetadata {

	/** The configuration processor's layout (it also escapes '/'), so the file reads as it wrote it. */
	private static final DefaultPrettyPrinter PROCESSORS_LAYOUT = new DefaultPrettyPrinter(
			Separators.createDefaultInstance()
				.withObjectNameValueSpacing(Separators.Spacing.AFTER)
				.withArrayEmptySeparator(""))
		.withArrayIndenter(new DefaultIndenter("  ", "\n"))
		.withObjectIndenter(new DefaultIndenter("  ", "\n"));

	/** Where the {@code providers} description, written by hand, lists the built-in providers. */
	static final String NAMES = "{built-in providers}";

	private BuiltInProvidersMetadata() {
	}

	/**
	 * Merge the presets of the providers listed in {@code spring.factories} into a
	 * metadata file, in place.
	 * @param args the path of {@code spring-configuration-metadata.json}
	 * @throws IOException if the file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		JsonMapper mapper = JsonMapper.builder()
			.defaultPrettyPrinter(PROCESSORS_LAYOUT)
			.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
			.build();
		ObjectNode metadata = (ObjectNode) mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
		merge(metadata, BuiltInProviders.load(BuiltInProvidersMetadata.class.getClassLoader()).all());
		Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(metadata),
				StandardCharsets.UTF_8);
	}

	/**
	 * Set each provider's defaults and descriptions on the properties the processor
	 * generated from its properties type (those of its documented rate limit written from
	 * it, unless its preset describes them itself), and list the providers in the
	 * {@code providers.keys} hint and in the {@code providers} description, in order.
	 * @param metadata the generated metadata
	 * @param providers the built-in providers
	 * @throws IllegalStateException if a provider's property is not in the metadata
	 */
	static void merge(ObjectNode metadata, List<BuiltInProvider> providers) {
		Map<String, ObjectNode> properties = new LinkedHashMap<>();
		metadata.path("properties").forEach((property) -> properties.put(property.path("name").asString(),
				(ObjectNode) property));
		ArrayNode keys = metadata.arrayNode();
		List<String> names = new ArrayList<>();
		for (BuiltInProvider provider : providers) {
			ProviderPreset preset = provider.preset();
			String prefix = "providers." + preset.name() + ".";
			BuiltInProviderEntries.defaults(provider).forEach((name, value) -> putDefault(property(properties, prefix + name), value));
			Map<String, String> descriptions = RateLimitDescriptions.of(preset);
			descriptions.putAll(preset.descriptions());
			descriptions.forEach(
					(name, description) -> property(properties, prefix + name).put("description", description));
			keys.addObject().put("value", preset.name()).put("description", BuiltInProviderEntries.keyDescription(preset));
			names.add(preset.name());
		}
		ObjectNode all = properties.get("providers");
		if (all != null) {
			all.put("description", all.path("description").asString().replace(NAMES, names(names)));
		}
		ArrayNode hints = metadata.has("hints") ? (ArrayNode) metadata.get("hints") : metadata.putArray("hints");
		for (int i = hints.size() - 1; i >= 0; i--) {
			if (hints.get(i).path("name").asString().equals("providers.keys")) {
				hints.remove(i);
			}
		}
		hints.insert(0, metadata.objectNode().put("name", "providers.keys").set("values", keys));
	}

	private static String names(List<String> names) {
		int last = names.size() - 1;
		return (last < 1) ? String.join("", names)
				: String.join(", ", names.subList(0, last)) + " and " + names.get(last);
	}

	private static ObjectNode property(Map<String, ObjectNode> properties, String name) {
		ObjectNode property = properties.get(name);
		if (property == null) {
			throw new IllegalStateException(name + " is not in the configuration metadata: its provider's properties "
					+ "type must be annotated with @ConfigurationProperties and have that property");
		}
		return property;
	}

	private static void putDefault(ObjectNode property, Object value) {
		if (value instanceof Boolean flag) {
			property.put("defaultValue", flag);
		}
		else if (value instanceof Integer number) {
			property.put("defaultValue", number);
		}
		else {
			property.put("defaultValue", value.toString());
		}
	}

}
