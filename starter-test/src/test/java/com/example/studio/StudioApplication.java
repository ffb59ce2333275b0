package com.example.studio;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application as a user of the starter writes it: it only calls the providers.
 */
@SpringBootApplication
public class StudioApplication {

}
