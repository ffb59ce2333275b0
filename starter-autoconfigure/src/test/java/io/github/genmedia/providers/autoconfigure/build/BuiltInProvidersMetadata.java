package io.github.genmedia.providers.autoconfigure.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import io.github.genmedia.providers.definition.AuthType;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.keys.SourcedKeys;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
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
	 * generated from its properties type, and list the providers in the
	 * {@code providers.keys} hint, in order.
	 * @param metadata the generated metadata
	 * @param providers the built-in providers
	 * @throws IllegalStateException if a provider's property is not in the metadata
	 */
	static void merge(ObjectNode metadata, List<BuiltInProvider> providers) {
		Map<String, ObjectNode> properties = new LinkedHashMap<>();
		metadata.path("properties").forEach((property) -> properties.put(property.path("name").asString(),
				(ObjectNode) property));
		ArrayNode keys = metadata.arrayNode();
		for (BuiltInProvider provider : providers) {
			ProviderPreset preset = provider.preset();
			String prefix = "providers." + preset.name() + ".";
			defaults(provider).forEach((name, value) -> putDefault(property(properties, prefix + name), value));
			preset.descriptions()
				.forEach((name, description) -> property(properties, prefix + name).put("description", description));
			keys.addObject().put("value", preset.name()).put("description", keyDescription(preset));
		}
		ArrayNode hints = metadata.has("hints") ? (ArrayNode) metadata.get("hints") : metadata.putArray("hints");
		for (int i = hints.size() - 1; i >= 0; i--) {
			if (hints.get(i).path("name").asString().equals("providers.keys")) {
				hints.remove(i);
			}
		}
		hints.insert(0, metadata.objectNode().put("name", "providers.keys").set("values", keys));
	}

	/**
	 * Return the defaults of a provider's properties that are its own, by name relative to
	 * {@code providers.<name>}.
	 * @param provider the provider
	 * @return the defaults: strings, integers and booleans as the metadata holds them
	 */
	static Map<String, Object> defaults(BuiltInProvider provider) {
		ProviderPreset preset = provider.preset();
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("base-url", preset.baseUrl());
		ProviderAuth auth = preset.auth();
		if (auth.requiresCredential()) {
			defaults.put("auth.type", auth.type().name().toLowerCase());
			if (auth.type() == AuthType.HEADER && auth.headerName() != null) {
				defaults.put("auth.header-name", auth.headerName());
			}
			if (auth.keyPrefix() != null) {
				defaults.put("auth.key-prefix", auth.keyPrefix());
			}
		}
		if (preset.probePath() != null) {
			defaults.put("health.probe-path", preset.probePath());
		}
		if (ApiKeyProviderProperties.class.isAssignableFrom(provider.propertiesType())) {
			defaults.put("credential-source-timeout", duration(SourcedKeys.DEFAULT_TIMEOUT, ChronoUnit.SECONDS));
		}
		if (provider.jobs() != null) {
			PollingSettings jobs = provider.jobs().defaults();
			defaults.put("jobs.first-poll", duration(jobs.firstPoll(), ChronoUnit.SECONDS));
			defaults.put("jobs.interval", duration(jobs.interval(), ChronoUnit.SECONDS));
			defaults.put("jobs.max-interval", duration(jobs.maxInterval(), ChronoUnit.SECONDS));
			defaults.put("jobs.deadline", duration(jobs.deadline(), ChronoUnit.MINUTES));
			defaults.put("jobs.learn", jobs.learn());
		}
		DocumentedRateLimit limit = preset.rateLimit();
		if (limit != null) {
			defaults.put("rate-limit.enabled", true);
			if (limit.requests() > 0) {
				defaults.put("rate-limit.requests", limit.requests());
			}
			defaults.put("rate-limit.period", duration(limit.period(), ChronoUnit.MINUTES));
			if (limit.maxConcurrent() > 0) {
				defaults.put("rate-limit.max-concurrent", limit.maxConcurrent());
			}
		}
		defaults.put("rate-limit.max-pause", duration(RateLimitSettings.DEFAULT_MAX_PAUSE, ChronoUnit.MINUTES));
		return defaults;
	}

	/**
	 * Return a provider's entry in the {@code providers.keys} hint: its summary and how its
	 * credential is sent.
	 * @param preset the provider's preset
	 * @return for example {@code Autype documents: X-API-Key, keys start with ak_.}
	 */
	static String keyDescription(ProviderPreset preset) {
		ProviderAuth auth = preset.auth();
		String prefix = (auth.keyPrefix() != null) ? ", keys start with " + auth.keyPrefix() : "";
		return switch (auth.type()) {
			case HEADER -> preset.summary() + ": " + auth.headerName() + prefix + ".";
			case BEARER -> preset.summary() + ": Authorization: Bearer" + prefix + ".";
			case NONE -> preset.summary() + ".";
		};
	}

	/**
	 * Write a duration as a property value, in the largest of {@code largest}, seconds and
	 * milliseconds it is a whole number of: poll timings read in seconds ({@code 60s}),
	 * deadlines and periods in minutes.
	 * @param duration the duration
	 * @param largest the largest unit to use
	 * @return for example {@code 4500ms}
	 */
	static String duration(Duration duration, ChronoUnit largest) {
		for (ChronoUnit unit : List.of(ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
			if (unit.compareTo(largest) <= 0 && duration.toMillis() % unit.getDuration().toMillis() == 0) {
				return (duration.toMillis() / unit.getDuration().toMillis()) + ((unit == ChronoUnit.MINUTES) ? "m" : "s");
			}
		}
		return duration.toMillis() + "ms";
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
