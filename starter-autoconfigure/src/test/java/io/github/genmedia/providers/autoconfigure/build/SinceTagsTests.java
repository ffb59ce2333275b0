package io.github.genmedia.providers.autoconfigure.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public type of the published modules says since when it exists ({@code @since} in
 * its javadoc), so the javadoc jars tell users what a release added.
 */
class SinceTagsTests {

	private static final Pattern PUBLIC_TYPE = Pattern.compile(
			"^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|record|enum|@interface) ",
			Pattern.MULTILINE);

	@Test
	void everyPublicTypeHasASinceTag() throws IOException {
		List<String> without = new ArrayList<>();
		for (String module : List.of("starter-core", "starter-autoconfigure", "starter-test")) {
			try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					String source = Files.readString(file, StandardCharsets.UTF_8);
					Matcher type = PUBLIC_TYPE.matcher(source);
					if (type.find() && !source.substring(0, type.start()).contains("@since")) {
						without.add(file.toString());
					}
				}
			}
		}
		assertThat(without).as("public types without @since in their javadoc").isEmpty();
	}

}
