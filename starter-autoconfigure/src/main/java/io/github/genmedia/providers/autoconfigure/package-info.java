/**
 * Auto-configuration of generative-media provider clients: one authenticated
 * {@code RestClient} per active provider, built from Spring Boot's builder and each
 * provider's {@link io.github.genmedia.providers.pipeline.ProviderPipeline}, the same
 * pipeline on every HTTP service group named after a provider (the built-in typed APIs
 * and the application's own interfaces), and the providers' jobs beans, all registered in
 * one pass from one resolution of {@code providers.*}.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure;

import org.jspecify.annotations.NullMarked;
