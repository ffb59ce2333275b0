package io.github.genmedia.providers.autype;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A page of documents, without their content.
 *
 * @param documents the documents on this page
 * @param total how many documents there are
 * @param page this page's number, from 1
 * @param limit the page size
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeDocumentPage(List<AutypeDocument> documents, @Nullable Integer total, @Nullable Integer page,
		@Nullable Integer limit) {

}
