package io.github.genmedia.providers.autoconfigure.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/reference/properties.md} is the configuration metadata IDEs read, as a page: it is
 * rendered here from {@code spring-configuration-metadata.json} and compared with the committed
 * page, so a property added, renamed or re-documented without the page fails the build. Run with
 * {@code -Dgenmedia.docs.write=true} to write the page instead of comparing it.
 */
class PropertiesReferenceTests {

	private static final Path PAGE = Path.of("..", "docs", "reference", "properties.md");

	@Test
	void thePropertiesPageIsTheConfigurationMetadata() throws IOException {
		String rendered = render(metadata());
		if (Boolean.getBoolean("genmedia.docs.write")) {
			Files.createDirectories(PAGE.getParent());
			Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
		}
		assertThat(PAGE).as("run ./mvnw -pl starter-autoconfigure -am test -Dtest=PropertiesReferenceTests "
				+ "-Dsurefire.failIfNoSpecifiedTests=false -Dgenmedia.docs.write=true").exists();
		assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
			.as("docs/reference/properties.md differs from the metadata; regenerate it with "
					+ "-Dgenmedia.docs.write=true (see PropertiesReferenceTests)")
			.isEqualTo(rendered);
	}

	static String render(JsonNode metadata) {
		Map<String, List<JsonNode>> sections = new LinkedHashMap<>();
		sections.put("All providers", new ArrayList<>());
		sections.put("Defaults for every provider", new ArrayList<>());
		metadata.path("properties").forEach((property) -> sections
			.computeIfAbsent(section(property.path("name").asString()), (key) -> new ArrayList<>())
			.add(property));
		StringBuilder page = new StringBuilder();
		page.append("# Configuration properties\n\n")
			.append("Generated from the starter's `spring-configuration-metadata.json` (the help your IDE shows) by\n")
			.append("`PropertiesReferenceTests`, which fails the build when this page and the metadata differ.\n")
			.append("A provider of your own (`providers.<name>.*`) takes the same properties as a built-in one;\n")
			.append("its defaults are those under `providers.defaults.*`.\n");
		sections.forEach((title, properties) -> {
			page.append("\n## ").append(title).append("\n\n");
			page.append("| Property | Default | Description |\n|---|---|---|\n");
			properties.stream()
				.sorted((a, b) -> a.path("name").asString().compareTo(b.path("name").asString()))
				.forEach((property) -> page.append("| `")
					.append(property.path("name").asString())
					.append("` | ")
					.append(defaultValue(property.path("defaultValue")))
					.append(" | ")
					.append(cell(property.path("description").asString("")))
					.append(" |\n"));
		});
		return page.toString();
	}

	private static String section(String name) {
		String[] parts = name.split("\\.");
		if (parts.length < 3 || parts[1].equals("rate-limit") || parts[1].equals("jobs")) {
			return "All providers";
		}
		if (parts[1].equals("defaults")) {
			return "Defaults for every provider";
		}
		return "`providers." + parts[1] + "`";
	}

	private static String defaultValue(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.asString()));
			return "`" + String.join(", ", items) + "`";
		}
		return "`" + cell(value.asString()) + "`";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = PropertiesReferenceTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			return JsonMapper.shared().readTree(in);
		}
	}

}
