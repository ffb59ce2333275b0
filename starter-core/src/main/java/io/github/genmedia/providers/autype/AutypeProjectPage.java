package io.github.genmedia.providers.autype;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A page of projects.
 *
 * @param projects the projects on this page
 * @param total how many projects there are
 * @param page this page's number, from 1
 * @param limit the page size
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeProjectPage(List<AutypeProject> projects, @Nullable Integer total, @Nullable Integer page,
		@Nullable Integer limit) {

}
