package io.github.genmedia.providers.sample.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet of the README, {@code SECURITY.md} and {@code docs/} stands word for
 * word (whitespace aside) in a source file of this module's tests
 * ({@code com.example.songs}), which the build compiles and partly runs: a method renamed
 * in the starter breaks the build here instead of leaving the docs wrong.
 */
class DocsSnippetsTests {

	private static final Path ROOT = Path.of("..");

	private static final Path SNIPPETS = Path.of("src", "test", "java", "com", "example");

	@Test
	void everyJavaSnippetInTheDocsIsCompiledCode() throws IOException {
		String code = normalize(read(javaFiles()));
		List<String> missing = new ArrayList<>();
		List<Path> pages = pages();
		int snippets = 0;
		for (Path page : pages) {
			for (Snippet snippet : snippets(page)) {
				snippets++;
				if (!code.contains(normalize(snippet.code()))) {
					missing.add(ROOT.relativize(page) + ":" + snippet.line());
				}
			}
		}
		assertThat(pages).as("the pages read").contains(ROOT.resolve("README.md"));
		assertThat(snippets).as("Java snippets found in the docs").isGreaterThanOrEqualTo(8);
		assertThat(missing).as("Java snippets not found word for word under " + SNIPPETS
				+ " (put the snippet's code there, where it compiles)").isEmpty();
	}

	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("SECURITY.md")));
		try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages.stream().filter(Files::exists).toList();
	}

	private static List<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(SNIPPETS)) {
			return files.filter((path) -> path.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static List<Snippet> snippets(Path page) throws IOException {
		List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
		List<Snippet> snippets = new ArrayList<>();
		StringBuilder code = null;
		int start = 0;
		boolean inOtherBlock = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (code == null && !inOtherBlock && line.startsWith("```java")) {
				code = new StringBuilder();
				start = i + 1;
			}
			else if (code == null && line.startsWith("```")) {
				inOtherBlock = !inOtherBlock;
			}
			else if (code != null && line.startsWith("```")) {
				snippets.add(new Snippet(start, code.toString()));
				code = null;
			}
			else if (code != null) {
				code.append(line).append('\n');
			}
		}
		return snippets;
	}

	private static String read(List<Path> files) {
		StringBuilder all = new StringBuilder();
		files.forEach((file) -> {
			try {
				all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return all.toString();
	}

	private static String normalize(String code) {
		return code.replaceAll("\\s+", " ").strip();
	}

	private record Snippet(int line, String code) {
	}

}
