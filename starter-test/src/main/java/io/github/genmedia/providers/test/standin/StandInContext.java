package io.github.genmedia.providers.test.standin;

import java.time.Duration;

/**
 * What the stand-ins share besides the server, for a stand-in to take what it needs when
 * it registers.
 *
 * @param jobs the jobs and how far each has got
 * @param webhooks the webhook deliveries (Autype's)
 * @param jwtLifetime how long the JWTs of Suno's Clerk live
 */
record StandInContext(JobBook jobs, Webhooks webhooks, Duration jwtLifetime) {

}
