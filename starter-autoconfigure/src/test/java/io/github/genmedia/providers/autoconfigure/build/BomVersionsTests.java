package io.github.genmedia.providers.autoconfigure.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM an application imports manages what the starter is built with: this project's artifacts at
 * the project's version, and Bucket4j's Redis module at the version on this module's classpath. A
 * Bucket4j upgrade in the parent without the BOM (or the other way round) fails here, before a user
 * gets two Bucket4j versions.
 */
class BomVersionsTests {

	private static final Path BOM = Path.of("..", "bom", "pom.xml");

	private static final Path PARENT = Path.of("..", "pom.xml");

	@Test
	void theBomManagesBucket4jAtTheVersionTheStarterIsBuiltWith() throws Exception {
		Map<String, String> managed = managedVersions(BOM);
		String built = builtVersion("bucket4j_jdk17-lettuce");
		assertThat(managed).containsEntry("com.bucket4j:bucket4j_jdk17-lettuce", built)
			.containsEntry("com.bucket4j:bucket4j_jdk17-core", built);
	}

	@Test
	void theBomManagesEveryPublishedArtifactOfThisProjectAtItsVersion() throws Exception {
		Document parent = parse(PARENT);
		String version = childText(parent.getDocumentElement(), "version");
		assertThat(childText(parse(BOM).getDocumentElement(), "version")).isEqualTo(version);
		assertThat(managedVersions(BOM)).containsEntry("io.github.genmedia:genmedia-providers-core", version)
			.containsEntry("io.github.genmedia:genmedia-providers-spring-boot-starter", version)
			.containsEntry("io.github.genmedia:genmedia-providers-test", version);
	}

	@Test
	void theBomImportsNothingElseIntoAnApplication() throws Exception {
		Element project = parse(BOM).getDocumentElement();
		assertThat(project.getElementsByTagName("parent").getLength()).as("a parent's dependency management")
			.isZero();
		assertThat(project.getElementsByTagName("scope").getLength()).as("an imported BOM").isZero();
	}

	private static Map<String, String> managedVersions(Path pom) throws Exception {
		Document document = parse(pom);
		Properties properties = new Properties();
		properties.setProperty("project.version", childText(document.getDocumentElement(), "version"));
		NodeList propertyNodes = document.getElementsByTagName("properties");
		if (propertyNodes.getLength() > 0) {
			NodeList children = propertyNodes.item(0).getChildNodes();
			for (int i = 0; i < children.getLength(); i++) {
				if (children.item(i) instanceof Element property) {
					properties.setProperty(property.getTagName(), property.getTextContent().trim());
				}
			}
		}
		Map<String, String> versions = new LinkedHashMap<>();
		NodeList dependencies = document.getElementsByTagName("dependency");
		for (int i = 0; i < dependencies.getLength(); i++) {
			Element dependency = (Element) dependencies.item(i);
			String version = childText(dependency, "version");
			if (version.startsWith("${")) {
				version = properties.getProperty(version.substring(2, version.length() - 1));
			}
			versions.put(childText(dependency, "groupId") + ":" + childText(dependency, "artifactId"), version);
		}
		return versions;
	}

	private static String builtVersion(String bucket4jArtifact) throws IOException {
		String resource = "/META-INF/maven/com.bucket4j/" + bucket4jArtifact + "/pom.properties";
		try (InputStream in = BomVersionsTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource + " on the test classpath").isNotNull();
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
	}

	private static Document parse(Path pom) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
	}

	private static String childText(Element element, String name) {
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
				return child.getTextContent().trim();
			}
		}
		throw new AssertionError(element.getTagName() + " has no <" + name + ">");
	}

}
