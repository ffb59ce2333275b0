package io.github.genmedia.providers.supertone;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.github.genmedia.providers.api.WireValue;
import org.jspecify.annotations.Nullable;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A usage query, for {@link SupertoneApi#getUsage}: a time range, bucketed by day or
 * hour, optionally broken down by voice, API key or model. Start with {@link #between}.
 *
 * @param startTime the start of the range
 * @param endTime the end of the range
 * @param bucketWidth the bucket width; a day when {@code null}
 * @param breakdownType what to break the usage down by; empty for a total per bucket
 * @param pageSize buckets per page, 1 to 20 (Supertone's default 10)
 * @param nextPageToken the token of the page to read, from the previous page
 * @since 0.1.0
 */
public record SupertoneUsageQuery(OffsetDateTime startTime, OffsetDateTime endTime,
		@Nullable BucketWidth bucketWidth, List<Breakdown> breakdownType, @Nullable Integer pageSize,
		@Nullable String nextPageToken) {

	/**
	 * Usage between two instants, a total per day.
	 * @param startTime the start
	 * @param endTime the end
	 * @return the query
	 */
	public static SupertoneUsageQuery between(OffsetDateTime startTime, OffsetDateTime endTime) {
		return new SupertoneUsageQuery(startTime, endTime, null, List.of(), null, null);
	}

	/**
	 * Return a copy with a bucket width.
	 * @param bucketWidth an hour or a day
	 * @return the copy
	 */
	public SupertoneUsageQuery withBucketWidth(BucketWidth bucketWidth) {
		return new SupertoneUsageQuery(this.startTime, this.endTime, bucketWidth, this.breakdownType, this.pageSize,
				this.nextPageToken);
	}

	/**
	 * Return a copy broken down by these dimensions.
	 * @param breakdownType the dimensions
	 * @return the copy
	 */
	public SupertoneUsageQuery withBreakdown(Breakdown... breakdownType) {
		return new SupertoneUsageQuery(this.startTime, this.endTime, this.bucketWidth, List.of(breakdownType),
				this.pageSize, this.nextPageToken);
	}

	/**
	 * Return a copy with a page size.
	 * @param pageSize buckets per page, 1 to 20
	 * @return the copy
	 */
	public SupertoneUsageQuery withPageSize(int pageSize) {
		return new SupertoneUsageQuery(this.startTime, this.endTime, this.bucketWidth, this.breakdownType, pageSize,
				this.nextPageToken);
	}

	/**
	 * Return the same query for the page after the one a token came with.
	 * @param nextPageToken {@link SupertoneUsage#nextPageToken()} of the previous page
	 * @return the copy
	 */
	public SupertoneUsageQuery withNextPageToken(String nextPageToken) {
		return new SupertoneUsageQuery(this.startTime, this.endTime, this.bucketWidth, this.breakdownType,
				this.pageSize, nextPageToken);
	}

	/**
	 * Return the query parameters, as Supertone names them: times in RFC 3339 to the
	 * second, one {@code breakdown_type} parameter per dimension.
	 * @return the parameters that are set
	 */
	public MultiValueMap<String, String> toQuery() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("start_time", rfc3339(this.startTime));
		query.add("end_time", rfc3339(this.endTime));
		if (this.bucketWidth != null) {
			query.add("bucket_width", this.bucketWidth.wireValue());
		}
		this.breakdownType.forEach((breakdown) -> query.add("breakdown_type", breakdown.wireValue()));
		if (this.pageSize != null) {
			query.add("page_size", this.pageSize.toString());
		}
		if (this.nextPageToken != null) {
			query.add("next_page_token", this.nextPageToken);
		}
		return query;
	}

	private static String rfc3339(OffsetDateTime time) {
		return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/**
	 * The width of a usage bucket.
	 */
	public enum BucketWidth implements WireValue {

		/** An hour. */
		HOUR,

		/** A day, Supertone's default. */
		DAY,

		/** A width Supertone added after this enum was written; never sent. */
		UNKNOWN

	}

	/**
	 * A dimension to break usage down by.
	 */
	public enum Breakdown implements WireValue {

		/** By voice id. */
		VOICE_ID,

		/** By voice name. */
		VOICE_NAME,

		/** By API key. */
		API_KEY,

		/** By model. */
		MODEL,

		/** A dimension Supertone added after this enum was written; never sent. */
		UNKNOWN

	}

}
