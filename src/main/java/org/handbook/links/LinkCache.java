package org.handbook.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What earlier checks learnt, by address, with the date each was asked: a JSON file a repository can keep, so a
 * weekly check asks each server only about what it has not asked lately. Sorted, so its changes read well in a diff.
 */
public final class LinkCache {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Map<String, LinkState> states;

    private LinkCache(Map<String, LinkState> states) {
        this.states = states;
    }

    public static LinkCache empty() {
        return new LinkCache(new TreeMap<>());
    }

    /** The cache in {@code file}; empty when there is none, or when it cannot be read as one (it is rewritten). */
    public static LinkCache read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, LinkState> states = new TreeMap<>();
        try {
            JsonNode addresses = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("addresses");
            for (String address : addresses.propertyNames()) {
                state(addresses.get(address)).ifPresent(state -> states.put(address, state));
            }
        } catch (JacksonException e) {
            return empty();
        }
        return new LinkCache(states);
    }

    private static Optional<LinkState> state(JsonNode entry) {
        try {
            return Optional.of(new LinkState(LinkState.Outcome.valueOf(entry.path("outcome").asString()),
                    entry.path("status").asInt(), entry.path("location").asString(""), entry.path("detail").asString(""),
                    LocalDate.parse(entry.path("checked").asString())));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The state learnt for {@code address} on or after {@code since}; an unreachable one is always asked again. */
    Optional<LinkState> fresh(String address, LocalDate since) {
        return Optional.ofNullable(states.get(address))
                .filter(state -> state.outcome() != LinkState.Outcome.UNREACHABLE && !state.checked().isBefore(since));
    }

    /** The cache holding only {@code states}: addresses no longer cited are forgotten. */
    static LinkCache of(Map<String, LinkState> states) {
        return new LinkCache(new TreeMap<>(states));
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode addresses = root.putObject("addresses");
        states.forEach((address, state) -> {
            ObjectNode entry = addresses.putObject(address);
            entry.put("outcome", state.outcome().name());
            entry.put("status", state.status());
            if (!state.location().isEmpty()) {
                entry.put("location", state.location());
            }
            if (!state.detail().isEmpty()) {
                entry.put("detail", state.detail());
            }
            entry.put("checked", state.checked().toString());
        });
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }
}
