package io.github.genmedia.providers.sunor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The credit balance (1 credit is 0.01 USD).
 *
 * @param available credits free to spend on new tasks
 * @param frozen credits reserved by running tasks
 * @param total available and frozen together
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunorBalance(long available, long frozen, long total) {

}
