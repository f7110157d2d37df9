package io.lockstep.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved view as JSON: readable, diffable, and strict when read back. Any problem reading it is a
 * {@link Invalid} with a message a person can act on (which field, what was expected).
 */
public final class SavedViewFile {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file is not a saved view, or not one this version can read. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private SavedViewFile() {}

    public static String write(SavedView v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", SavedView.FORMAT);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", v.scenarioName());
        scenario.put("folder", v.scenarioFolder());
        scenario.put("text", v.scenarioText());
        root.put("release", v.release());
        ObjectNode switches = root.putObject("switches");
        v.switches().forEach(switches::put);
        ArrayNode schedule = root.putArray("schedule");
        v.schedule().forEach(schedule::add);
        root.put("step", v.step());
        root.put("theme", v.theme());
        ObjectNode model = root.putObject("model");
        model.put("release", v.modelRelease());
        model.put("fingerprint", v.modelFingerprint());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SavedView read(String json) throws Invalid {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new Invalid("not JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject() || !SavedView.FORMAT.equals(text(root, "format", false))) {
            throw new Invalid("not a saved Lockstep view: it must start with \"format\": \"" + SavedView.FORMAT + "\"");
        }
        JsonNode scenario = root.get("scenario");
        if (scenario == null || !scenario.isObject()) {
            throw new Invalid("\"scenario\" is missing: it holds the scenario's name, folder and text");
        }
        List<Integer> schedule = new ArrayList<>();
        JsonNode steps = root.get("schedule");
        if (steps == null || !steps.isArray()) {
            throw new Invalid("\"schedule\" must be a list of thread numbers");
        }
        for (JsonNode t : steps) {
            if (!t.canConvertToInt() || t.asInt() < 0) {
                throw new Invalid("\"schedule\" holds " + t + "; each entry is a thread number (0, 1, ...)");
            }
            schedule.add(t.asInt());
        }
        Map<String, Boolean> switches = new LinkedHashMap<>();
        JsonNode sw = root.get("switches");
        if (sw != null && sw.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sw.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isBoolean()) {
                    throw new Invalid("switch " + e.getKey() + " is " + e.getValue() + "; write true or false");
                }
                switches.put(e.getKey(), e.getValue().asBoolean());
            }
        }
        JsonNode step = root.get("step");
        if (step == null || !step.canConvertToInt() || step.asInt() < 0 || step.asInt() > schedule.size()) {
            throw new Invalid("\"step\" must be a step of the schedule, 0 to " + schedule.size());
        }
        JsonNode model = root.get("model");
        return new SavedView(text(scenario, "name", true), text(scenario, "folder", false), text(scenario, "text", true),
                text(root, "release", false), switches, schedule, step.asInt(), text(root, "theme", false),
                model == null ? null : text(model, "release", false), model == null ? null : text(model, "fingerprint", false));
    }

    private static String text(JsonNode node, String field, boolean required) throws Invalid {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Invalid("\"" + field + "\" is missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Invalid("\"" + field + "\" must be text, not " + v);
        }
        return v.asText();
    }
}
