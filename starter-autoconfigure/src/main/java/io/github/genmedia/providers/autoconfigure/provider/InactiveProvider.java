package io.github.genmedia.providers.autoconfigure.provider;

/**
 * A provider the application could use but does not: built in without a credential, or
 * switched off. Something that asks for it, such as an HTTP service group of its name,
 * fails startup with this as the reason.
 *
 * @param name the provider name
 * @param property the property that keeps it inactive, such as
 * {@code providers.sunor.api-key}
 * @param problem what is wrong with the property, such as {@code is not set}
 * @param action how to make the provider active
 * @since 0.1.0
 */
public record InactiveProvider(String name, String property, String problem, String action) {

}
