/**
 * Auto-configuration of generative-media provider clients: one authenticated
 * {@code RestClient} per active provider, built from Spring Boot's builder and each
 * provider's {@link io.github.genmedia.providers.pipeline.ProviderPipeline}.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure;

import org.jspecify.annotations.NullMarked;
