package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Bundles a contract of contracts/ and what it references in other files (common.yaml) into one
 * self-contained OpenAPI document: what the service serves, the gateway merges and the generator reads.
 * <p>
 * A reference to another file's component ({@code common.yaml#/components/schemas/Problem}) becomes a
 * local one ({@code #/components/schemas/Problem}) to a copy of that component under the same name, so
 * the bundle reads like a contract written in one file; any other reference (a path item) is replaced by
 * a copy of what it points to. Nothing else changes. Two different components of one name are an error.
 * <p>
 * The build runs {@link #main} to write the bundles; the contract tests compare what a service serves
 * with {@link #bundle}.
 */
public final class ContractBundler {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Bundles are written as JSON: YAML writers lose the quotes of strings such as '302' or 'on'. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final String contract;
    private final ObjectNode bundle;
    private final Map<String, JsonNode> files = new HashMap<>();
    /** The file each copied component came from, by its local reference. */
    private final Map<String, String> copied = new HashMap<>();

    private ContractBundler(Path contract) {
        this.directory = contract.toAbsolutePath().getParent();
        this.contract = contract.getFileName().toString();
        this.bundle = (ObjectNode) read(this.contract);
    }

    /** The contract with everything it references from other files copied in. */
    public static ObjectNode bundle(Path contract) {
        ContractBundler bundler = new ContractBundler(contract);
        bundler.resolve(bundler.bundle, bundler.contract);
        return bundler.bundle;
    }

    /**
     * {@code <contracts folder> <output folder> [contract...]}: writes the bundle of each contract named
     * (immigration.yaml to immigration.json), or of every contract that no other one references (the
     * services' contracts, not common.yaml).
     */
    public static void main(String[] args) throws IOException {
        Path contracts = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<String> names = args.length > 2 ? List.of(args).subList(2, args.length) : serviceContracts(contracts);
        Files.createDirectories(output);
        for (String name : names) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(
                    output.resolve(name.replaceFirst("\\.yaml$", ".json")).toFile(), bundle(contracts.resolve(name)));
        }
    }

    /** The contracts in the folder that no contract references: those of a service. */
    public static List<String> serviceContracts(Path contracts) throws IOException {
        List<String> all;
        try (Stream<Path> files = Files.list(contracts)) {
            all = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted()
                    .toList();
        }
        Set<String> referenced = new HashSet<>();
        for (String name : all) {
            List<String> refs = new ArrayList<>();
            collectRefs(new ContractBundler(contracts.resolve(name)).bundle, refs);
            refs.stream().filter(ref -> !ref.startsWith("#")).map(ref -> ref.substring(0, ref.indexOf('#')))
                    .forEach(referenced::add);
        }
        return all.stream().filter(name -> !referenced.contains(name)).toList();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    /**
     * Makes every reference in node, which was read from file, one to the bundle; answers the node to use
     * in its place (a copy of what a reference to another file's path item points to).
     */
    private JsonNode resolve(JsonNode node, String file) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            String ref = node.get("$ref").asText();
            String target = ref.startsWith("#") ? file : ref.substring(0, ref.indexOf('#'));
            String pointer = ref.substring(ref.indexOf('#') + 1);
            if (target.equals(contract)) {
                return node;
            }
            if (pointer.matches("/components/[^/]+/[^/]+")) {
                if (bundle.at(pointer) == node) {
                    // The contract's own component is the other file's of the same name (a security scheme).
                    copied.putIfAbsent(pointer, target);
                    return resolve(at(target, pointer).deepCopy(), target);
                }
                copyComponent(target, pointer);
                return ((ObjectNode) node).put("$ref", "#" + pointer);
            }
            return resolve(at(target, pointer).deepCopy(), target);
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                object.set(field.getKey(), resolve(field.getValue(), file));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolve(array.get(i), file));
            }
        }
        return node;
    }

    /** Copies the component at pointer of another file into the bundle, under the same name, once. */
    private void copyComponent(String file, String pointer) {
        String from = copied.putIfAbsent(pointer, file);
        if (from != null) {
            if (!from.equals(file)) {
                throw new IllegalStateException(pointer + " is defined both in " + from + " and in " + file);
            }
            return;
        }
        JsonNode own = bundle.at(pointer);
        if (own.path("$ref").asText().equals(file + "#" + pointer)) {
            return;
        }
        if (!own.isMissingNode()) {
            throw new IllegalStateException(pointer + " is defined both in " + contract + " and in " + file);
        }
        String[] parts = pointer.split("/");
        ObjectNode components = bundle.has("components")
                ? (ObjectNode) bundle.get("components")
                : bundle.putObject("components");
        ObjectNode section = components.has(parts[2])
                ? (ObjectNode) components.get(parts[2])
                : components.putObject(parts[2]);
        JsonNode copy = at(file, pointer).deepCopy();
        section.set(parts[3].replace("~1", "/").replace("~0", "~"), copy);
        resolve(copy, file);
    }

    private JsonNode at(String file, String pointer) {
        JsonNode target = files.computeIfAbsent(file, this::read).at(pointer);
        if (target.isMissingNode()) {
            throw new IllegalStateException(file + "#" + pointer + " does not exist");
        }
        return target;
    }

    private JsonNode read(String file) {
        try {
            return YAML.readTree(directory.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
