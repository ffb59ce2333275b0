package io.github.genmedia.providers.benchmarks.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The smallest application that gets the starter's auto-configuration: no component
 * scan, no web server. Spring Boot's Redis support, on the class path for the quota
 * benchmark ({@link QuotaBenchApp}), stays off, so that the other figures measure what
 * they always did.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration" })
public class BenchApp {

}
