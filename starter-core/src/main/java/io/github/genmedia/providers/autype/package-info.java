/**
 * Autype, a document rendering service (PDF, DOCX and ODT from document JSON, Extended
 * Markdown or documents saved in an Autype workspace): its typed API
 * ({@link io.github.genmedia.providers.autype.AutypeApi}), written from
 * docs.autype.com/api-reference. Autype's errors are NestJS-shaped
 * ({@code {"statusCode", "message", "error"}}) and need no decoder of their own.
 */
@NullMarked
package io.github.genmedia.providers.autype;

import org.jspecify.annotations.NullMarked;
