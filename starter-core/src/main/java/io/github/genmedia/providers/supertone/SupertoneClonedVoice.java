package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voice just cloned.
 *
 * @param voiceId the id to speak with, such as {@code voice_123456789}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneClonedVoice(@JsonProperty("voice_id") String voiceId) {

}
