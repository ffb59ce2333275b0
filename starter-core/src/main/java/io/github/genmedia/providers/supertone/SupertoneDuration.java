package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The predicted length of speech.
 *
 * @param duration the length in seconds (Supertone's schema does not mark it required)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneDuration(@Nullable Double duration) {

}
