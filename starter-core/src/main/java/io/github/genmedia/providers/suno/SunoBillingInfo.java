package io.github.genmedia.providers.suno;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The account's credits ({@link SunoApi#getBillingInfo}). Suno sends more (plan, models,
 * renewal date) that third-party clients show but that is not modelled, being
 * unconfirmed.
 *
 * @param totalCreditsLeft the credits left to spend
 * @param period the period the limit applies to, such as {@code day} or
 * {@code month}; {@code null} for some accounts
 * @param monthlyLimit the credits granted per period
 * @param monthlyUsage the credits used in the period
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunoBillingInfo(@JsonProperty("total_credits_left") long totalCreditsLeft, @Nullable String period,
		@JsonProperty("monthly_limit") @Nullable Long monthlyLimit,
		@JsonProperty("monthly_usage") @Nullable Long monthlyUsage) {

}
