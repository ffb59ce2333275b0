package io.github.genmedia.providers.test.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Autype's workspace: projects and the documents saved in them, with their variables. It
 * starts with the public project {@value #PROJECT} holding the document {@value #DOCUMENT}
 * (variables {@code companyName}, {@code logo} and {@code items}); a project or document
 * created through the API is added, can be read back and rendered. An unknown id is
 * Autype's {@code 404}, a request without its required fields a {@code 400}.
 */
final class AutypeWorkspace {

	/** The project the workspace starts with. */
	static final String PROJECT = "project-stand-in";

	/** The document the workspace starts with. */
	static final String DOCUMENT = "document-stand-in";

	private static final String SINCE = "2025-01-01T00:00:00Z";

	private final JobBook jobs;

	private final Map<String, Project> projects = new LinkedHashMap<>();

	private final Map<String, Document> documents = new LinkedHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	private AutypeWorkspace(JobBook jobs) {
		this.jobs = jobs;
		this.projects.put(PROJECT, new Project(PROJECT, "Stand-in", "PUBLIC", SINCE));
		ObjectNode content = JsonMapper.shared()
			.readValue("""
					{"document":{"type":"pdf","size":"A4"},
					 "variables":{"companyName":"Acme Inc",
					  "logo":{"type":"image","src":"https://cdn.stand-in.test/autype/logo.png","width":150},
					  "items":["Design","Build"]},
					 "sections":[{"id":"section-1","type":"flow","content":[
					  {"type":"h1","text":"Invoice for {{companyName}}"},{"type":"list","items":"{{items}}"}]}]}""",
					ObjectNode.class);
		this.documents.put(DOCUMENT,
				new Document(DOCUMENT, "Stand-in invoice", PROJECT, "An invoice with variables", content, SINCE, SINCE));
	}

	static AutypeWorkspace register(StandInServer server, StandInServer.Credentials credential, JobBook jobs) {
		AutypeWorkspace workspace = new AutypeWorkspace(jobs);
		String base = AutypeStandIn.BASE;
		server.route(() -> get(urlPathEqualTo(base + "/projects")), credential, "autype-projects",
				workspace::projects);
		server.route(() -> post(urlPathEqualTo(base + "/projects")), credential, "autype-project-create",
				workspace::createProject);
		server.route(() -> get(urlPathEqualTo(base + "/documents")), credential, "autype-documents",
				workspace::documents);
		server.route(() -> post(urlPathEqualTo(base + "/documents")), credential, "autype-document-create",
				workspace::createDocument);
		server.route(() -> get(urlPathMatching(base + "/documents/[^/]+")), credential, "autype-document",
				workspace::document);
		server.route(() -> get(urlPathMatching(base + "/documents/[^/]+/variables")), credential,
				"autype-document-variables", workspace::variables);
		return workspace;
	}

	/**
	 * Return a saved document's latest content.
	 * @param documentId the document
	 * @return its document JSON, or {@code null} when there is no such document
	 */
	synchronized @Nullable JsonNode content(String documentId) {
		Document document = this.documents.get(documentId);
		return (document != null) ? document.content() : null;
	}

	private synchronized ResponseDefinition projects(Request request) {
		return AutypeStandIn.page(request, "projects",
				this.projects.values().stream().map(Project::json).toList(), false);
	}

	private synchronized ResponseDefinition createProject(Request request) {
		String name = Requests.text(Requests.json(request), "name");
		if (name == null) {
			return AutypeStandIn.badRequest(List.of("name should not be empty"));
		}
		String id = "project-" + this.ids.incrementAndGet();
		Project project = new Project(id, name, "PUBLIC", this.jobs.now().toString());
		this.projects.put(id, project);
		return Answers.json(201, project.json().toString());
	}

	private synchronized ResponseDefinition documents(Request request) {
		String projectId = Requests.query(request, "projectId");
		return AutypeStandIn.page(request, "documents", this.documents.values()
			.stream()
			.filter((document) -> projectId == null || document.projectId().equals(projectId))
			.map((document) -> document.json(false))
			.toList(), false);
	}

	private synchronized ResponseDefinition createDocument(Request request) {
		JsonNode body = Requests.json(request);
		String projectId = Requests.text(body, "projectId");
		String title = Requests.text(body, "title");
		List<String> problems = new ArrayList<>();
		if (projectId == null) {
			problems.add("projectId should not be empty");
		}
		if (title == null) {
			problems.add("title should not be empty");
		}
		if (!body.path("content").isMissingNode() && !body.path("content").isObject()) {
			problems.add("content must be an object");
		}
		if (projectId == null || title == null || !problems.isEmpty()) {
			return AutypeStandIn.badRequest(problems);
		}
		if (!this.projects.containsKey(projectId)) {
			return Answers.json(404, AutypeStandIn.error(404, "Project not found", "Not Found"));
		}
		ObjectNode content = body.path("content").isObject() ? (ObjectNode) body.path("content") : headedBy(title);
		String id = "document-" + this.ids.incrementAndGet();
		String now = this.jobs.now().toString();
		Document document = new Document(id, title, projectId, Requests.text(body, "description"), content, now, now);
		this.documents.put(id, document);
		return Answers.json(201, document.json(false).toString());
	}

	private synchronized ResponseDefinition document(Request request) {
		Document document = this.documents.get(Requests.segment(request, 0));
		return (document != null) ? Answers.json(200, document.json(true).toString()) : documentNotFound();
	}

	private synchronized ResponseDefinition variables(Request request) {
		Document document = this.documents.get(Requests.segment(request, 1));
		if (document == null) {
			return documentNotFound();
		}
		ObjectNode answer = JsonMapper.shared().createObjectNode();
		answer.put("documentId", document.id());
		answer.put("title", document.title());
		ObjectNode variables = answer.putObject("variables");
		for (Map.Entry<String, JsonNode> variable : document.content().path("variables").properties()) {
			variables.set(variable.getKey(), definition(variable.getValue()));
		}
		variables.propertyNames().forEach(answer.putArray("variableNames")::add);
		return Answers.json(200, answer.toString());
	}

	static ResponseDefinition documentNotFound() {
		return Answers.json(404, AutypeStandIn.error(404, "Document not found", "Not Found"));
	}

	/** A variable's definition from its value: an image or other typed object, a list, or text. */
	private static JsonNode definition(JsonNode value) {
		ObjectNode definition = JsonMapper.shared().createObjectNode();
		if (value.isObject() && value.path("type").isString()) {
			definition.put("type", value.path("type").stringValue());
			if (value.path("width").isNumber()) {
				definition.set("width", value.path("width"));
			}
			return definition;
		}
		return definition.put("type", value.isArray() ? "list" : "string");
	}

	/** Autype's default content: a PDF headed by the title. */
	private static ObjectNode headedBy(String title) {
		ObjectNode content = JsonMapper.shared().createObjectNode();
		content.putObject("document").put("type", "pdf");
		content.putArray("sections")
			.addObject()
			.put("id", "section-1")
			.put("type", "flow")
			.putArray("content")
			.addObject()
			.put("type", "h1")
			.put("text", title);
		return content;
	}

	/**
	 * A project.
	 */
	private record Project(String id, String name, String visibility, String createdAt) {

		JsonNode json() {
			return JsonMapper.shared()
				.createObjectNode()
				.put("id", this.id)
				.put("name", this.name)
				.put("visibility", this.visibility)
				.put("createdAt", this.createdAt);
		}

	}

	/**
	 * A saved document.
	 */
	private record Document(String id, String title, String projectId, @Nullable String description,
			JsonNode content, String createdAt, String updatedAt) {

		JsonNode json(boolean withContent) {
			ObjectNode document = JsonMapper.shared()
				.createObjectNode()
				.put("id", this.id)
				.put("title", this.title)
				.put("projectId", this.projectId)
				.put("description", this.description);
			if (withContent) {
				document.set("content", this.content);
			}
			return document.put("createdAt", this.createdAt).put("updatedAt", this.updatedAt);
		}

	}

}
