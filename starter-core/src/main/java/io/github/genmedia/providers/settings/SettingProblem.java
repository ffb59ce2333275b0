package io.github.genmedia.providers.settings;

/**
 * One value a settings record cannot work with.
 *
 * @param setting the record component, for example {@code maxAttempts}
 * @param problem what is wrong, phrased to follow the setting's name, for example
 * {@code "must be positive, but is PT0S"}; never a secret
 * @since 0.1.0
 */
public record SettingProblem(String setting, String problem) {

}
