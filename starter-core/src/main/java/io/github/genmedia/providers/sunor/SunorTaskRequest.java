package io.github.genmedia.providers.sunor;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A task to create: which model, which kind of task, and its input. The factory methods
 * pair each input with its model and task type, as Sunor's docs do; mixing Suno and Udio
 * fields is a {@code 400} at Sunor.
 *
 * @param model {@code suno} or {@code udio}
 * @param taskType {@code music}, {@code lyrics}, {@code upload} or {@code concat}
 * @param input the task's input
 * @since 0.1.0
 */
public record SunorTaskRequest(String model, @JsonProperty("task_type") String taskType, SunorTaskInput input) {

	/**
	 * Suno music (10 credits): from a description, or from lyrics and style tags.
	 * @param input the input
	 * @return the request
	 */
	public static SunorTaskRequest sunoMusic(SunorTaskInput.SunoMusic input) {
		return new SunorTaskRequest("suno", "music", input);
	}

	/**
	 * Suno lyrics (5 credits).
	 * @param prompt what the lyrics are about
	 * @return the request
	 */
	public static SunorTaskRequest sunoLyrics(String prompt) {
		return new SunorTaskRequest("suno", "lyrics", new SunorTaskInput.Lyrics(prompt));
	}

	/**
	 * An upload of audio at a URL, as input to other Suno tasks (1 credit).
	 * @param url where Sunor fetches the audio
	 * @return the request
	 */
	public static SunorTaskRequest sunoUpload(String url) {
		return new SunorTaskRequest("suno", "upload", new SunorTaskInput.Upload(url));
	}

	/**
	 * A concatenation of a clip with what it continues, into one song (5 credits).
	 * @param clipId the clip
	 * @return the request
	 */
	public static SunorTaskRequest sunoConcat(String clipId) {
		return new SunorTaskRequest("suno", "concat", new SunorTaskInput.Concat(clipId));
	}

	/**
	 * Udio music (5 credits; about two tracks per call).
	 * @param input the input
	 * @return the request
	 */
	public static SunorTaskRequest udioMusic(SunorTaskInput.UdioMusic input) {
		return new SunorTaskRequest("udio", "music", input);
	}

	/**
	 * A task this type has no factory for, with its input fields as Sunor documents them.
	 * @param model the model
	 * @param taskType the task type
	 * @param input the input fields
	 * @return the request
	 */
	public static SunorTaskRequest of(String model, String taskType, Map<String, Object> input) {
		return new SunorTaskRequest(model, taskType, new SunorTaskInput.Fields(input));
	}

}
