package io.github.genmedia.providers.autoconfigure;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import io.github.genmedia.providers.definition.AuthType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata IDEs read, as the jar ships it: the configuration processor's output with
 * the built-in providers' presets merged in by the build
 * ({@link io.github.genmedia.providers.autoconfigure.build.BuiltInProvidersMetadata}).
 * Every property of every built-in provider is there with a description, so completion
 * and hover help never come up empty, and its defaults are the ones the starter applies.
 */
class ConfigurationMetadataTests {

	private final JsonNode metadata = read("/META-INF/spring-configuration-metadata.json");

	@Test
	void everyPropertyHasADescription() {
		List<String> undocumented = new ArrayList<>();
		this.metadata.path("properties").forEach((property) -> {
			if (property.path("description").asString("").isBlank()) {
				undocumented.add(property.path("name").asString());
			}
		});
		assertThat(undocumented).isEmpty();
	}

	@Test
	void everyPropertyHasADefaultOrSaysWhatUnsetMeans() {
		List<String> unexplained = new ArrayList<>();
		this.metadata.path("properties").forEach((property) -> {
			String description = property.path("description").asString("");
			if (property.path("defaultValue").isMissingNode()
					&& !description.matches("(?s).*(Unset|Defaults to|None by default).*")) {
				unexplained.add(property.path("name").asString());
			}
		});
		assertThat(unexplained).isEmpty();
	}

	@Test
	void everyBuiltInProviderDocumentsEveryPropertyItBinds() throws Exception {
		Map<String, JsonNode> byName = byName();
		List<String> missing = new ArrayList<>();
		for (BuiltInProvider provider : BuiltInProviders.load(null).all()) {
			for (String property : propertyNames(provider.propertiesType(), "")) {
				String name = "providers." + provider.preset().name() + "." + property;
				if (!byName.containsKey(name)) {
					missing.add(name);
				}
			}
		}
		assertThat(missing).as("annotate the provider's properties type with @ConfigurationProperties").isEmpty();
	}

	@Test
	void builtInDefaultsInTheMetadataAreThePresets() {
		Map<String, JsonNode> byName = byName();
		for (BuiltInProvider provider : BuiltInProviders.load(null).all()) {
			ProviderPreset preset = provider.preset();
			String prefix = "providers." + preset.name() + ".";
			assertThat(defaultOf(byName, prefix + "base-url")).isEqualTo(preset.baseUrl());
			assertThat(defaultOf(byName, prefix + "health.probe-path")).isEqualTo(preset.probePath());
			if (preset.auth().requiresCredential()) {
				assertThat(defaultOf(byName, prefix + "auth.type")).isEqualTo(preset.auth().type().name().toLowerCase());
				assertThat(defaultOf(byName, prefix + "auth.header-name"))
					.isEqualTo(preset.auth().type() == AuthType.HEADER ? preset.auth().headerName() : null);
				assertThat(defaultOf(byName, prefix + "auth.key-prefix")).isEqualTo(preset.auth().keyPrefix());
			}
		}
	}

	@Test
	void documentedRateLimitsInTheMetadataAreThePresetsWithTheirSource() {
		Map<String, JsonNode> byName = byName();
		for (BuiltInProvider provider : BuiltInProviders.load(null).all()) {
			DocumentedRateLimit limit = provider.preset().rateLimit();
			String prefix = "providers." + provider.preset().name() + ".rate-limit.";
			if (limit == null) {
				assertThat(defaultOf(byName, prefix + "requests")).as(prefix + "requests").isNull();
				assertThat(byName.get(prefix + "requests").path("description").asString()).contains("Unset: none");
				continue;
			}
			String source = limit.source().substring(0, limit.source().indexOf(':'));
			assertThat(defaultOf(byName, prefix + "requests")).isEqualTo(String.valueOf(limit.requests()));
			assertThat(byName.get(prefix + "requests").path("description").asString()).as(prefix + "requests")
				.contains(source);
			assertThat(defaultOf(byName, prefix + "period")).isEqualTo(limit.period().toMinutes() + "m");
			assertThat(defaultOf(byName, prefix + "enabled")).isEqualTo("true");
			assertThat(defaultOf(byName, prefix + "max-concurrent"))
				.isEqualTo((limit.maxConcurrent() > 0) ? String.valueOf(limit.maxConcurrent()) : null);
		}
		assertThat(defaultOf(byName, "providers.rate-limit.store")).isEqualTo("local");
	}

	@Test
	void theLongestPauseTakenFromAProviderIsTheSettingsDefaultForEveryProvider() {
		Map<String, JsonNode> byName = byName();
		List<String> prefixes = new ArrayList<>(List.of("providers.defaults."));
		BuiltInProviders.load(null).all().forEach((provider) -> prefixes.add("providers." + provider.preset().name() + "."));
		for (String prefix : prefixes) {
			assertThat(duration(byName, prefix + "rate-limit.max-pause")).as(prefix)
				.isEqualTo(io.github.genmedia.providers.ratelimit.RateLimitSettings.DEFAULT_MAX_PAUSE);
			assertThat(byName.get(prefix + "rate-limit.max-pause").path("description").asString())
				.contains("OUT_OF_SERVICE");
		}
	}

	@Test
	void jobPollingDefaultsInTheMetadataAreTheProvidersOwn() {
		Map<String, JsonNode> byName = byName();
		for (BuiltInProvider provider : BuiltInProviders.load(null).all()) {
			if (provider.jobs() == null) {
				continue;
			}
			io.github.genmedia.providers.job.PollingSettings defaults = provider.jobs().defaults();
			String prefix = "providers." + provider.preset().name() + ".jobs.";
			assertThat(duration(byName, prefix + "first-poll")).isEqualTo(defaults.firstPoll());
			assertThat(duration(byName, prefix + "interval")).isEqualTo(defaults.interval());
			assertThat(duration(byName, prefix + "max-interval")).isEqualTo(defaults.maxInterval());
			assertThat(duration(byName, prefix + "deadline")).isEqualTo(defaults.deadline());
		}
	}

	private static java.time.Duration duration(Map<String, JsonNode> byName, String name) {
		return org.springframework.boot.convert.DurationStyle.detectAndParse(defaultOf(byName, name));
	}

	private Map<String, JsonNode> byName() {
		Map<String, JsonNode> byName = new HashMap<>();
		this.metadata.path("properties").forEach((property) -> byName.put(property.path("name").asString(), property));
		return byName;
	}

	private static String defaultOf(Map<String, JsonNode> byName, String name) {
		JsonNode property = byName.get(name);
		assertThat(property).as(name).isNotNull();
		JsonNode value = property.path("defaultValue");
		return value.isMissingNode() ? null : value.asString();
	}

	@Test
	void providerNamesAndAuthTypesHaveValueHints() {
		List<String> hinted = new ArrayList<>();
		this.metadata.path("hints").forEach((hint) -> hinted.add(hint.path("name").asString()));
		assertThat(hinted).contains("providers.keys", "providers.values.auth.type");
	}

	@Test
	void theProviderNameHintAndDescriptionListEveryBuiltInProvider() {
		List<String> hinted = new ArrayList<>();
		this.metadata.path("hints").forEach((hint) -> {
			if (hint.path("name").asString().equals("providers.keys")) {
				hint.path("values").forEach((value) -> hinted.add(value.path("value").asString() + ": "
						+ value.path("description").asString()));
			}
		});
		assertThat(hinted).containsExactly("sunor: Sunor (Suno API service): x-api-key.",
				"supertone: Supertone text to speech: x-sup-api-key.", "whisul: Whisul music: Authorization: Bearer.",
				"autype: Autype documents: X-API-Key, keys start with ak_.",
				"suno: Suno, authenticated by a browser cookie.");
		assertThat(byName().get("providers").path("description").asString())
			.contains("the built-in sunor, supertone, whisul, autype and suno, and any provider of your own");
	}

	@Test
	void theHandWrittenMetadataNamesNoBuiltInProviderSoThePresetsAreItsOnlySource() {
		JsonNode additional = read("/META-INF/additional-spring-configuration-metadata.json");
		List<String> builtIn = new ArrayList<>();
		BuiltInProviders.load(null).all().forEach((provider) -> builtIn.add("providers." + provider.preset().name()));
		List<String> repeated = new ArrayList<>();
		for (String section : List.of("properties", "hints")) {
			additional.path(section).forEach((entry) -> {
				String name = entry.path("name").asString();
				if (name.equals("providers.keys") || builtIn.stream().anyMatch((prefix) -> name.startsWith(prefix + "."))) {
					repeated.add(name);
				}
			});
		}
		assertThat(repeated).as("give the value or description to the provider's preset instead").isEmpty();
	}

	@Test
	void theSharedDescriptionsNameNoBuiltInProviderSoASixthNeedsNoChangeToThem() {
		// The build lists the built-in providers in the providers description, from their presets.
		assertThat(namings((property, owner, named) -> owner == null && !property.equals("providers")))
			.as("say it in the provider's preset (withMetadata) instead")
			.isEmpty();
	}

	@Test
	void aBuiltInProvidersEntriesNameNoOtherBuiltInProvider() {
		assertThat(namings((property, owner, named) -> owner != null && owner != named))
			.as("a shared javadoc names a provider: say it in that provider's preset (withMetadata)")
			.isEmpty();
	}

	/**
	 * Return each property whose description names a built-in provider where it should
	 * not, as {@code <property> names <provider>}.
	 */
	private List<String> namings(Misplaced misplaced) {
		List<BuiltInProvider> builtIn = BuiltInProviders.load(null).all();
		List<String> namings = new ArrayList<>();
		this.metadata.path("properties").forEach((property) -> {
			String name = property.path("name").asString();
			BuiltInProvider owner = builtIn.stream()
				.filter((provider) -> name.startsWith("providers." + provider.preset().name() + "."))
				.findFirst()
				.orElse(null);
			for (BuiltInProvider named : builtIn) {
				String displayName = named.preset().displayName();
				if (misplaced.test(name, owner, named) && Pattern.compile("\\b" + Pattern.quote(displayName) + "\\b")
					.matcher(property.path("description").asString(""))
					.find()) {
					namings.add(name + " names " + displayName);
				}
			}
		});
		return namings;
	}

	/** Where a built-in provider's name does not belong. */
	private interface Misplaced {

		boolean test(String property, @Nullable BuiltInProvider owner, BuiltInProvider named);

	}

	private static List<String> propertyNames(Class<?> type, String prefix) throws Exception {
		List<String> names = new ArrayList<>();
		for (PropertyDescriptor descriptor : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
			String name = prefix + kebab(descriptor.getName());
			Class<?> propertyType = descriptor.getPropertyType();
			if (propertyType.getPackageName().startsWith("io.github.genmedia") && !propertyType.isEnum()) {
				names.addAll(propertyNames(propertyType, name + "."));
			}
			else {
				names.add(name);
			}
		}
		return names;
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static JsonNode read(String resource) {
		try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return JsonMapper.shared().readTree(in);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
