package io.github.genmedia.providers.suno;

/**
 * What {@link SunoApi#checkCaptcha} asks about.
 *
 * @param ctype the action, {@code generation} for song generation
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
