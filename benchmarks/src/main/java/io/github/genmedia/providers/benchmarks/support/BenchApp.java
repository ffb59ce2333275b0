package io.github.genmedia.providers.benchmarks.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The smallest application that gets the starter's auto-configuration: no component
 * scan, no web server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchApp {

}
