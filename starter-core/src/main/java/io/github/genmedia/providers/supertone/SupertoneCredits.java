package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The credit balance, shared by the API and Supertone Play. Credits are deducted per
 * second of generated audio.
 *
 * @param balance the credits available; Supertone's schema allows {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneCredits(@Nullable Double balance) {

}
