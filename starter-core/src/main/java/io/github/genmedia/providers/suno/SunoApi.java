package io.github.genmedia.providers.suno;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Suno's studio API, relative to its base URL {@code https://studio-api.prod.suno.com}.
 * Suno does not document it: this interface follows what Suno's own clients and the
 * open-source web-API proxy {@code gcui-art/suno-api} send, and Suno can change it
 * without notice. With the starter, a bean of the {@code suno} HTTP service group when
 * Suno has a cookie: each request carries a fresh JWT of the account (see
 * {@link SunoAuthInterceptor}), is retried and mapped to typed exceptions as
 * {@code sunoRestClient} is.
 * <p>
 * Generation: {@link #checkCaptcha} tells whether Suno wants a captcha; {@link #generate}
 * returns at once with (normally two) {@code submitted} clips; {@link #getFeed(List)} with their ids
 * tells how they progress. A {@code streaming} clip already plays; {@code complete} and
 * {@code error} are final ({@link SunoClipStatus#isTerminal()}). Suno's clients poll every
 * 3 to 6 seconds and give up after about 100 seconds. Lyrics alone are the same:
 * {@link #generateLyrics}, then {@link #getLyrics} until complete.
 * <p>
 * Credits: {@link #getBillingInfo}. Out of credits is a {@code 402}, an
 * {@link io.github.genmedia.providers.error.InsufficientCreditsException}. When Suno
 * wants a captcha and the request has no valid token, generating fails with
 * {@link SunoCaptchaRequiredException}: the starter does not solve captchas.
 *
 * @since 0.1.0
 */
@HttpExchange(accept = "application/json")
public interface SunoApi {

	/**
	 * Return the account's credits ({@code GET /api/billing/info/}).
	 * @return the credits left, and the limit and usage of the period
	 */
	@GetExchange("/api/billing/info/")
	SunoBillingInfo getBillingInfo();

	/**
	 * Return clips by id ({@code GET /api/feed/v2?ids=a,b&page=n}), to follow a
	 * generation.
	 * @param ids the clip ids, comma-separated (see {@link #getFeed(List)}); the comma goes
	 * out percent-encoded, {@code %2C}, as from Suno's web-API proxy
	 * @param page the page, or {@code null} for the first
	 * @return the clips
	 */
	@GetExchange("/api/feed/v2")
	SunoFeed getFeed(@RequestParam("ids") String ids, @RequestParam(name = "page", required = false) @Nullable Integer page);

	/**
	 * Return clips by id ({@code GET /api/feed/v2?ids=a,b}), such as those of
	 * {@link SunoGeneration#clipIds()}.
	 * @param ids the clip ids
	 * @return the clips
	 */
	default SunoFeed getFeed(List<String> ids) {
		return getFeed(String.join(",", ids), null);
	}

	/**
	 * Return one clip ({@code GET /api/clip/{id}}). Suno's proxies pass this answer on
	 * untyped; third-party clients read it as the feed's clip object, as here.
	 * @param clipId the clip id
	 * @return the clip
	 */
	@GetExchange("/api/clip/{clipId}")
	SunoClip getClip(@PathVariable String clipId);

	/**
	 * Generate songs ({@code POST /api/generate/v2/}); normally two clips per request,
	 * charged as one generation. Not retried by default, like every {@code POST}: a retry
	 * could be charged twice.
	 * @param request the song, for example {@link SunoGenerateRequest#fromDescription}
	 * @return the submission and its clips, {@code submitted}
	 * @throws SunoCaptchaRequiredException when Suno wants a captcha token the request
	 * does not have
	 */
	@PostExchange("/api/generate/v2/")
	SunoGeneration generate(@RequestBody SunoGenerateRequest request);

	/**
	 * Ask whether an action needs a captcha ({@code POST /api/c/check}). Suno's clients ask
	 * before every generation. Not retried by default, like every {@code POST}.
	 * @param check the action, {@link SunoCaptchaCheck#generation()}
	 * @return whether a captcha is required
	 */
	@PostExchange("/api/c/check")
	SunoCaptchaStatus checkCaptcha(@RequestBody SunoCaptchaCheck check);

	/**
	 * Ask whether generating needs a captcha ({@code POST /api/c/check} with
	 * {@code {"ctype":"generation"}}).
	 * @return {@code true} when {@link #generate} needs a captcha token
	 */
	default boolean isCaptchaRequiredForGeneration() {
		return checkCaptcha(SunoCaptchaCheck.generation()).required();
	}

	/**
	 * Start writing lyrics ({@code POST /api/generate/lyrics/}). Not retried by default,
	 * like every {@code POST}.
	 * @param request what the lyrics are about
	 * @return the id to ask {@link #getLyrics} about
	 */
	@PostExchange("/api/generate/lyrics/")
	SunoLyricsJob generateLyrics(@RequestBody SunoLyricsRequest request);

	/**
	 * Return lyrics being written ({@code GET /api/generate/lyrics/{id}}). Suno's clients
	 * poll every 2 seconds until the status is {@code complete}; they set no limit, an
	 * application should.
	 * @param id the id {@link #generateLyrics} returned
	 * @return the lyrics and their status
	 */
	@GetExchange("/api/generate/lyrics/{id}")
	SunoLyrics getLyrics(@PathVariable String id);

}
