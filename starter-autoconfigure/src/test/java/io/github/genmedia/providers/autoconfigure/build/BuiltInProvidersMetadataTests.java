package io.github.genmedia.providers.autoconfigure.build;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.definition.ProviderAuth;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A built-in provider's entries in the configuration metadata come from its preset: what
 * {@link BuiltInProvidersMetadata} and {@link BuiltInProviderEntries} write into the
 * processor's output for a provider the starter does not have.
 */
class BuiltInProvidersMetadataTests {

	private static final ProviderPreset ACME = new ProviderPreset("acme", "Acme", "https://api.acme.test/v2",
			"ACME_API_KEY", ProviderAuth.header("X-Acme-Key", "ac_"), "/me", ProviderPreset.apiKeyAdvice())
		.withRateLimit(new DocumentedRateLimit(30, Duration.ofSeconds(90), 0, "docs.acme.test/limits: 30 per 90 s")
			.withMaxConcurrent(2))
		.withMetadata("Acme widgets", Map.of("rate-limit.requests", "Requests Acme accepts: 30 (docs.acme.test)."));

	private static final ProviderPreset OTHER = new ProviderPreset("other", "Other", "https://other.test", "OTHER_KEY",
			ProviderAuth.bearer(null), null, ProviderPreset.apiKeyAdvice());

	@Test
	void theProvidersDefaultsAndDescriptionsComeFromItsPreset() {
		ObjectNode metadata = processorOutput();
		BuiltInProvidersMetadata.merge(metadata, List.of(provider(ACME)));
		assertThat(property(metadata, "base-url").path("defaultValue").asString()).isEqualTo("https://api.acme.test/v2");
		assertThat(property(metadata, "auth.type").path("defaultValue").asString()).isEqualTo("header");
		assertThat(property(metadata, "auth.header-name").path("defaultValue").asString()).isEqualTo("X-Acme-Key");
		assertThat(property(metadata, "auth.key-prefix").path("defaultValue").asString()).isEqualTo("ac_");
		assertThat(property(metadata, "health.probe-path").path("defaultValue").asString()).isEqualTo("/me");
		assertThat(property(metadata, "credential-source-timeout").path("defaultValue").asString()).isEqualTo("5s");
		assertThat(property(metadata, "rate-limit.enabled").path("defaultValue").isBoolean()).isTrue();
		assertThat(property(metadata, "rate-limit.requests").path("defaultValue").asInt()).isEqualTo(30);
		assertThat(property(metadata, "rate-limit.requests").path("description").asString())
			.isEqualTo("Requests Acme accepts: 30 (docs.acme.test).");
		assertThat(property(metadata, "rate-limit.period").path("defaultValue").asString()).isEqualTo("90s");
		assertThat(property(metadata, "rate-limit.max-concurrent").path("defaultValue").asInt()).isEqualTo(2);
		assertThat(property(metadata, "rate-limit.max-pause").path("defaultValue").asString()).isEqualTo("5m");
		assertThat(property(metadata, "rate-limit.max-pause").path("description").asString())
			.as("a property without a description of the preset's keeps its javadoc's")
			.isEqualTo("Longest pause.");
	}

	@Test
	void theProviderKeysHintAndTheProvidersDescriptionListTheProvidersInOrder() {
		ObjectNode metadata = processorOutput("acme", "other");
		BuiltInProvidersMetadata.merge(metadata, List.of(provider(ACME), provider(OTHER)));
		JsonNode hints = metadata.path("hints");
		assertThat(hints.size()).isEqualTo(2);
		assertThat(hints.get(0).path("name").asString()).isEqualTo("providers.keys");
		assertThat(hints.get(0).path("values").toString()).isEqualTo("[{\"value\":\"acme\",\"description\":"
				+ "\"Acme widgets: X-Acme-Key, keys start with ac_.\"},{\"value\":\"other\",\"description\":"
				+ "\"Other: Authorization: Bearer.\"}]");
		assertThat(hints.get(1).path("name").asString()).isEqualTo("providers.values.auth.type");
		assertThat(metadata.path("properties").get(0).path("description").asString())
			.isEqualTo("Providers: the built-in acme and other, and any of your own.");
	}

	@Test
	void aPresetDescribesAnyOfItsPropertiesJobsIncludedForItsOwnEntryOnly() {
		ProviderPreset acme = ACME.withMetadata("Acme widgets",
				Map.of("jobs.first-poll", "First poll: 10s, as Acme's renders take 10 to 60 seconds (docs.acme.test)."));
		ObjectNode metadata = processorOutput("acme", "other");
		BuiltInProvidersMetadata.merge(metadata, List.of(provider(acme), provider(OTHER)));
		assertThat(property(metadata, "acme", "jobs.first-poll").path("description").asString())
			.isEqualTo("First poll: 10s, as Acme's renders take 10 to 60 seconds (docs.acme.test).");
		assertThat(property(metadata, "other", "jobs.first-poll").path("description").asString())
			.as("another provider's entry keeps the shared javadoc's description")
			.isEqualTo("Javadoc.");
		assertThat(property(metadata, "acme", "health.probe-path").path("description").asString())
			.as("a property the preset does not describe keeps the javadoc's")
			.isEqualTo("Javadoc.");
	}

	@Test
	void theDescriptionsOfADocumentedLimitAreWrittenFromItCitingItsSourceOnce() {
		ObjectNode metadata = mergedWith(DocumentedRateLimit.perMinute(120,
				"docs.acme.test/limits: 120 requests per minute per key, 'resets every minute'"));
		assertThat(description(metadata, "rate-limit.enabled")).isEqualTo("Whether Acme's requests are rate-limited. "
				+ "On by default: Acme documents its limit (docs.acme.test/limits).");
		assertThat(description(metadata, "rate-limit.requests"))
			.isEqualTo("Requests Acme accepts per period and key: 120 per minute; 0 for no rate limit. "
					+ "docs.acme.test/limits states: 120 requests per minute per key, 'resets every minute'.");
		assertThat(description(metadata, "rate-limit.period"))
			.isEqualTo("Period Acme counts requests over: a minute (docs.acme.test/limits).");
		assertThat(description(metadata, "rate-limit.max-concurrent"))
			.as("a limit the provider does not document keeps the javadoc's")
			.isEqualTo("Javadoc.");
	}

	@Test
	void aDocumentedConcurrencyLimitIsDescribedTooAndTheSourceWithoutWordsIsCitedAfterEachNumber() {
		ObjectNode metadata = mergedWith(
				new DocumentedRateLimit(30, Duration.ofSeconds(90), 0, "docs.acme.test").withMaxConcurrent(2));
		assertThat(description(metadata, "rate-limit.enabled"))
			.endsWith("Acme documents its limits (docs.acme.test).");
		assertThat(description(metadata, "rate-limit.requests"))
			.isEqualTo("Requests Acme accepts per period and key: 30 per 90 seconds (docs.acme.test); "
					+ "0 for no rate limit.");
		assertThat(description(metadata, "rate-limit.period"))
			.isEqualTo("Period Acme counts requests over: 90 seconds (docs.acme.test).");
		assertThat(description(metadata, "rate-limit.max-concurrent"))
			.isEqualTo("Most requests in flight to Acme at once on this instance: 2 (docs.acme.test); 0 for no limit.");
	}

	@Test
	void aLimitOfConcurrencyOnlyQuotesItsSourceThereAndDescribesNoRequestsOrPeriod() {
		ObjectNode metadata = mergedWith(
				new DocumentedRateLimit(0, Duration.ofMinutes(1), 3, "docs.acme.test/limits: 3 renders at once"));
		assertThat(description(metadata, "rate-limit.max-concurrent"))
			.isEqualTo("Most requests in flight to Acme at once on this instance: 3; 0 for no limit. "
					+ "docs.acme.test/limits states: 3 renders at once.");
		assertThat(description(metadata, "rate-limit.requests")).isEqualTo("Javadoc.");
		assertThat(description(metadata, "rate-limit.period")).isEqualTo("Javadoc.");
	}

	@Test
	void thePresetsOwnDescriptionOfARateLimitPropertyWinsOverTheWrittenOne() {
		ObjectNode metadata = processorOutput();
		BuiltInProvidersMetadata.merge(metadata, List.of(provider(ACME)));
		assertThat(description(metadata, "rate-limit.requests"))
			.isEqualTo("Requests Acme accepts: 30 (docs.acme.test).");
		assertThat(description(metadata, "rate-limit.period"))
			.as("the others are still written from the limit")
			.isEqualTo("Period Acme counts requests over: 90 seconds (docs.acme.test/limits).");
	}

	@Test
	void periodsAreSaidInTheLargestWholeUnit() {
		assertThat(RateLimitDescriptions.amount(Duration.ofHours(1), true)).isEqualTo("an hour");
		assertThat(RateLimitDescriptions.amount(Duration.ofDays(1), false)).isEqualTo("day");
		assertThat(RateLimitDescriptions.amount(Duration.ofSeconds(120), true)).isEqualTo("2 minutes");
		assertThat(RateLimitDescriptions.amount(Duration.ofMillis(1500), true)).isEqualTo("1500 milliseconds");
	}

	@Test
	void aProviderWithoutACredentialOrDocumentedLimitGetsNoSuchDefaults() {
		ProviderPreset none = new ProviderPreset("acme", "Acme", "https://api.acme.test/v2", "ACME_COOKIE",
				ProviderAuth.none(), null, "Copy the cookie again.");
		assertThat(BuiltInProviderEntries.defaults(provider(none))).containsOnlyKeys("base-url",
				"credential-source-timeout", "rate-limit.max-pause");
		assertThat(BuiltInProviderEntries.keyDescription(none)).isEqualTo("Acme.");
	}

	@Test
	void aPropertyThePresetDescribesButTheMetadataLacksFailsTheBuildNamingIt() {
		ProviderPreset typo = ACME.withMetadata("Acme", Map.of("rate-limit.request", "Requests."));
		assertThatIllegalStateException()
			.isThrownBy(() -> BuiltInProvidersMetadata.merge(processorOutput(), List.of(provider(typo))))
			.withMessageStartingWith("providers.acme.rate-limit.request is not in the configuration metadata");
	}

	@Test
	void durationsAreWrittenInTheLargestWholeUnitUpToTheGivenOne() {
		assertThat(BuiltInProviderEntries.duration(Duration.ofSeconds(60), ChronoUnit.SECONDS)).isEqualTo("60s");
		assertThat(BuiltInProviderEntries.duration(Duration.ofSeconds(60), ChronoUnit.MINUTES)).isEqualTo("1m");
		assertThat(BuiltInProviderEntries.duration(Duration.ofMinutes(10), ChronoUnit.MINUTES)).isEqualTo("10m");
		assertThat(BuiltInProviderEntries.duration(Duration.ofMillis(4500), ChronoUnit.MINUTES)).isEqualTo("4500ms");
	}

	/** The metadata of Acme with the given limit and no descriptions of its own. */
	private static ObjectNode mergedWith(DocumentedRateLimit limit) {
		ObjectNode metadata = processorOutput();
		BuiltInProvidersMetadata.merge(metadata,
				List.of(provider(ACME.withRateLimit(limit).withMetadata("Acme widgets", Map.of()))));
		return metadata;
	}

	private static BuiltInProvider provider(ProviderPreset preset) {
		return new BuiltInProvider() {

			@Override
			public ProviderPreset preset() {
				return preset;
			}

			@Override
			public Class<? extends ProviderProperties> propertiesType() {
				return ApiKeyProviderProperties.class;
			}

		};
	}

	private static String description(JsonNode metadata, String name) {
		return property(metadata, name).path("description").asString();
	}

	private static JsonNode property(JsonNode metadata, String name) {
		return property(metadata, "acme", name);
	}

	private static JsonNode property(JsonNode metadata, String provider, String name) {
		String full = "providers." + provider + "." + name;
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().equals(full)) {
				return property;
			}
		}
		throw new AssertionError(full + " is not in the metadata");
	}

	/** What the configuration processor writes for providers' properties types. */
	private static ObjectNode processorOutput(String... providers) {
		List<String> properties = new ArrayList<>(List.of("{\"name\": \"providers\", \"description\": "
				+ "\"Providers: the built-in " + BuiltInProvidersMetadata.NAMES + ", and any of your own.\"}"));
		for (String provider : (providers.length > 0) ? providers : new String[] { "acme" }) {
			for (String name : List.of("base-url", "auth.type", "auth.header-name", "auth.key-prefix",
					"health.probe-path", "credential-source-timeout", "rate-limit.enabled", "rate-limit.requests",
					"rate-limit.period", "rate-limit.max-concurrent", "jobs.first-poll")) {
				properties.add("{\"name\": \"providers." + provider + "." + name + "\", \"description\": \"Javadoc.\"}");
			}
			properties.add("{\"name\": \"providers." + provider
					+ ".rate-limit.max-pause\", \"description\": \"Longest pause.\"}");
		}
		return (ObjectNode) JsonMapper.shared()
			.readTree("{\"properties\": [" + String.join(",", properties) + "], \"hints\": [{\"name\": "
					+ "\"providers.keys\", \"values\": [{\"value\": \"gone\"}]}, {\"name\": "
					+ "\"providers.values.auth.type\", \"values\": []}]}");
	}

}
