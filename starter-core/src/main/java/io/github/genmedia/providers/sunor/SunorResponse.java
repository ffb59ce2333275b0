package io.github.genmedia.providers.sunor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Sunor's envelope around every answer: {@code {"code": 200, "data": {...}}}.
 *
 * @param <T> the type of the data
 * @param code the HTTP status Sunor repeats in the body
 * @param data the answer
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunorResponse<T>(int code, T data) {

}
