package io.github.genmedia.providers.suno;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Whether Suno asks a captcha of this account ({@link SunoApi#checkCaptcha}).
 * Third-party notes mention a captcha kind beside it; it is not modelled, being
 * unconfirmed.
 *
 * @param required whether the next action needs a captcha token
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunoCaptchaStatus(boolean required) {

}
