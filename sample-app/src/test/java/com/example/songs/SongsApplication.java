package com.example.songs;

import java.util.concurrent.CompletableFuture;

import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorBalance;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskInput;
import io.github.genmedia.providers.sunor.SunorTaskRequest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class SongsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SongsApplication.class, args);
    }
}

@RestController
class SongController {

    private final SunorApi sunor;
    private final SunorJobs sunorJobs;

    SongController(SunorApi sunor, SunorJobs sunorJobs) {
        this.sunor = sunor;
        this.sunorJobs = sunorJobs;
    }

    @GetMapping("/balance")
    SunorBalance balance() {
        return sunor.getBalance().data();                  // x-api-key added for you
    }

    @PostMapping("/songs")
    CompletableFuture<SunorTask> song(@RequestParam String idea) {
        SunorTaskRequest request = SunorTaskRequest.sunoMusic(SunorTaskInput.SunoMusic.fromDescription(idea));
        return sunorJobs.createTask(request).future();    // answers when the song is done
    }
}
