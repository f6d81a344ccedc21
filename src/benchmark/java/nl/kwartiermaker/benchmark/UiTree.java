package nl.kwartiermaker.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The client's copy of Vaadin's state tree, kept up to date from the {@code changes} of each UIDL answer, so that the
 * simulated browser can find the node of a button or field as a person finds it on screen: by its tag and its text.
 */
final class UiTree {

    /** Feature numbers of Flow's NodeFeatureRegistry that the benchmark reads. */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int LISTENERS = 4;

    private final Map<Integer, Map<Integer, Object>> nodes = new HashMap<>();
    private JsonNode constants = JsonNodeFactory.instance.objectNode();

    void apply(JsonNode uidl) {
        if (uidl.has("constants")) {
            uidl.get("constants").properties().forEach(c -> ((tools.jackson.databind.node.ObjectNode) constants)
                    .set(c.getKey(), c.getValue()));
        }
        for (JsonNode change : uidl.path("changes")) {
            int node = change.get("node").asInt();
            switch (change.get("type").asString()) {
                case "attach" -> nodes.computeIfAbsent(node, n -> new HashMap<>());
                case "detach" -> nodes.remove(node);
                case "put" -> map(node, change).put(change.get("key").asString(),
                        change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
                case "remove" -> map(node, change).remove(change.get("key").asString());
                case "splice" -> splice(list(node, change), change);
                case "clear" -> features(node).remove(change.get("feat").asInt());
                default -> { }
            }
        }
    }

    private static void splice(List<Integer> list, JsonNode change) {
        int index = change.get("index").asInt();
        for (int i = 0; i < change.path("remove").asInt(0) && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.path("add");
        for (JsonNode node : added) {
            list.add(index++, node.isInt() ? node.asInt() : -1);
        }
    }

    private Map<Integer, Object> features(int node) {
        return nodes.computeIfAbsent(node, n -> new HashMap<>());
    }

    @SuppressWarnings("unchecked")
    private Map<String, JsonNode> map(int node, JsonNode change) {
        return (Map<String, JsonNode>) features(node).computeIfAbsent(change.get("feat").asInt(), f -> new HashMap<>());
    }

    @SuppressWarnings("unchecked")
    private List<Integer> list(int node, JsonNode change) {
        return (List<Integer>) features(node).computeIfAbsent(change.get("feat").asInt(), f -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private Map<String, JsonNode> mapOf(int node, int feature) {
        Object value = nodes.getOrDefault(node, Map.of()).get(feature);
        return value instanceof Map<?, ?> map ? (Map<String, JsonNode>) map : Map.of();
    }

    String tag(int node) {
        JsonNode tag = mapOf(node, ELEMENT_DATA).get("tag");
        return tag == null ? "" : tag.asString();
    }

    String property(int node, String name) {
        JsonNode value = mapOf(node, PROPERTIES).get(name);
        return value == null || value.isNull() ? "" : value.asString();
    }

    /** The text a person reads in the element: its own text node and those of all its children. */
    String text(int node) {
        StringBuilder text = new StringBuilder();
        for (Object feature : nodes.getOrDefault(node, Map.of()).values()) {
            if (feature instanceof Map<?, ?> map && map.get("text") instanceof JsonNode own && own.isString()) {
                text.append(own.asString());
            }
        }
        if (nodes.getOrDefault(node, Map.of()).get(CHILDREN) instanceof List<?> children) {
            children.forEach(child -> text.append(text((Integer) child)));
        }
        return text.toString();
    }

    /** The first attached element with this tag whose text or label is the given one. */
    Optional<Integer> find(String tag, String textOrLabel) {
        return nodes.keySet().stream().sorted()
                .filter(node -> tag.equals(tag(node)))
                .filter(node -> textOrLabel.equals(text(node).strip()) || textOrLabel.equals(property(node, "label")))
                .findFirst();
    }

    int get(String tag, String textOrLabel) {
        return find(tag, textOrLabel).orElseThrow(() -> new IllegalStateException("No " + tag + " '" + textOrLabel
                + "' on the page; its elements: " + nodes.keySet().stream().map(this::tag)
                .filter(t -> t.startsWith("vaadin-")).distinct().sorted().toList()));
    }

    /** The event data the browser sends for an event: each expression the server asked for, with a neutral value. */
    Map<String, Object> eventData(int node, String event) {
        Map<String, Object> data = new HashMap<>();
        JsonNode listener = mapOf(node, LISTENERS).get(event);
        JsonNode expressions = listener == null ? null : constants.get(listener.asString());
        if (expressions == null) {
            return data;
        }
        for (var expression : expressions.properties()) {
            String key = expression.getKey();
            if (expression.getValue().isArray()) {
                data.put("for", "trailing"); // a debounced listener: send it as the trailing call
            }
            if (key.equals("1")) {
                data.put(key, 1);
            } else if (key.startsWith("event.") && key.endsWith("Key")) {
                data.put(key, false);
            } else if (key.startsWith("event.")) {
                data.put(key, 0);
            }
        }
        return data;
    }

    boolean listensTo(int node, String event) {
        return mapOf(node, LISTENERS).containsKey(event);
    }
}
