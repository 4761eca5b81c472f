package org.handbook.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import tools.jackson.databind.JsonNode;

/**
 * Every fact's sources are defined under {@code sources}, every defined source is used, and no
 * fact rests only on copies at document-sharing or mirror sites ({@link MirrorHosts}).
 */
record SourceReferences(JsonNode data, YamlToJson.Converted converted, Diagnostics local) {

    void check() {
        JsonNode sources = data.get("sources");
        if (sources == null || !sources.isObject()) {
            return;
        }
        Set<String> used = new HashSet<>();
        visit(data, "", sources, used);
        for (String id : sources.propertyNames()) {
            if (!used.contains(id)) {
                local.warning(converted.keys().get("/sources/" + YamlToJson.escape(id)), "HB-COUNTRY-SOURCE-UNUSED",
                        "source `" + id + "` is not cited by any fact", "cite it from a fact, or remove it");
            }
        }
    }

    private void visit(JsonNode node, String pointer, JsonNode sources, Set<String> used) {
        if (node.isObject()) {
            if (node.has("asOf") && node.has("source")) {
                citations(node.get("source"), pointer + "/source", sources, used);
            }
            for (String name : node.propertyNames()) {
                if (!pointer.isEmpty() || !name.equals("sources")) {
                    visit(node.get(name), pointer + "/" + YamlToJson.escape(name), sources, used);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), pointer + "/" + i, sources, used);
            }
        }
    }

    private void citations(JsonNode source, String pointer, JsonNode sources, Set<String> used) {
        List<String> ids = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (source.isString()) {
            ids.add(source.asString());
            pointers.add(pointer);
        } else if (source.isArray()) {
            for (int i = 0; i < source.size(); i++) {
                ids.add(source.get(i).asString());
                pointers.add(pointer + "/" + i);
            }
        }
        List<String> mirrors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            used.add(ids.get(i));
            JsonNode defined = sources.get(ids.get(i));
            if (defined == null) {
                local.error(converted.valueAt(pointers.get(i)), "HB-COUNTRY-SOURCE-UNKNOWN",
                        "source `" + ids.get(i) + "` is not defined under `sources`",
                        "add it under `sources` with its title and url, or correct the id");
                continue;
            }
            Optional.ofNullable(defined.get("url")).filter(JsonNode::isString)
                    .flatMap(url -> MirrorHosts.mirrorOf(url.asString()))
                    .ifPresent(mirrors::add);
        }
        if (!ids.isEmpty() && mirrors.size() == ids.size()) {
            local.warning(converted.valueAt(pointer), "HB-COUNTRY-SOURCE-MIRROR",
                    "this fact rests only on copies at document-sharing or mirror sites (" + String.join(", ", mirrors)
                            + "), which readers cannot trust to match what the original publisher issued",
                    "cite the original beside the copy (the government, court, treaty depositary or UN page that published it), "
                            + "or write 'not recorded'");
        }
    }
}
