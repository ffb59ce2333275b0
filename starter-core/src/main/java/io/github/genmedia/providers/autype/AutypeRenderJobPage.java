package io.github.genmedia.providers.autype;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A page of render jobs.
 *
 * @param jobs the jobs on this page
 * @param total how many jobs there are
 * @param page this page's number, from 1
 * @param limit the page size
 * @param hasMore whether another page follows
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeRenderJobPage(List<AutypeRenderJob> jobs, @Nullable Integer total, @Nullable Integer page,
		@Nullable Integer limit, @Nullable Boolean hasMore) {

}
