package io.github.genmedia.providers.suno;

/**
 * What {@link SunoApi#checkCaptcha} asks about.
 *
 * @param ctype the action, {@code generation} for song generation
 * @since 0.1.0
 */
public record SunoCaptchaCheck(String ctype) {

	/**
	 * Ask whether generating needs a captcha.
	 * @return the check
	 */
	public static SunoCaptchaCheck generation() {
		return new SunoCaptchaCheck("generation");
	}

}
