package io.github.genmedia.providers.autoconfigure.autype;

import org.jspecify.annotations.Nullable;

/**
 * Autype's own settings, resolved once at startup ({@link AutypeProvider#settings}).
 *
 * @param webhookUrl where Autype posts the events of finished jobs
 * ({@code providers.autype.jobs.webhook-url}), or {@code null} to poll them only
 */
record AutypeSettings(@Nullable String webhookUrl) {

}
