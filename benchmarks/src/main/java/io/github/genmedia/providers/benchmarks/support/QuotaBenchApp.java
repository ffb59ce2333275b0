package io.github.genmedia.providers.benchmarks.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * {@link BenchApp} with Spring Boot's Redis support, for the instances of the quota
 * benchmark that share their rate-limit buckets through Redis.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class QuotaBenchApp {

}
