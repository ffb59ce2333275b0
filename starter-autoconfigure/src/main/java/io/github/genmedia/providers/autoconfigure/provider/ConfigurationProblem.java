package io.github.genmedia.providers.autoconfigure.provider;

/**
 * One mistake in {@code providers.*}, described so that it can be fixed without reading
 * code: which property, what is wrong with it, and what to do. Neither text contains a
 * secret.
 *
 * @param property the property to change, for example {@code providers.autype.api-key}
 * @param problem what is wrong
 * @param action how to fix it
 * @since 0.1.0
 */
public record ConfigurationProblem(String property, String problem, String action) {

}
