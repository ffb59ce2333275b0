package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The API key's organization and its credits.
 *
 * @param orgId the organization id
 * @param orgName the organization's name
 * @param creditsAvailable the organization's credit balance
 * @param createdByUserId the user who created the key
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeApiKeyInfo(@Nullable String orgId, @Nullable String orgName, @Nullable Double creditsAvailable,
		@Nullable String createdByUserId) {

}
