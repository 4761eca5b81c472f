package org.handbook.starter;

import java.util.List;

/**
 * One file of a new handbook: the resource it is made from and where it goes. Resources are named
 * without a leading dot, since Maven leaves files such as {@code .gitignore} out of a jar.
 */
record StarterFile(String resource, String target) {

    private static final String SCHEMAS = "/schemas/";

    /** The files every new handbook has. */
    static final List<StarterFile> ALWAYS = List.of(
            new StarterFile("handbook.yml", "handbook.yml"),
            new StarterFile("introduction.md", "chapters/en/01-introduction.md"),
            new StarterFile("checklist.md", "chapters/en/10-checklist.md"),
            new StarterFile(SCHEMAS + "handbook.schema.json", "schemas/handbook.schema.json"),
            new StarterFile(SCHEMAS + "front-matter.schema.json", "schemas/front-matter.schema.json"),
            new StarterFile("workflow.yml", ".github/workflows/handbook.yml"),
            new StarterFile("links-workflow.yml", ".github/workflows/links.yml"),
            new StarterFile("README.md", "README.md"),
            new StarterFile("gitignore", ".gitignore"));

    /** The files {@code --with-countries} adds: the schema the tool checks profiles against, and one profile. */
    static final List<StarterFile> COUNTRIES = List.of(
            new StarterFile("/country-schema/schema.json", "countries/schema.json"),
            new StarterFile("country-example.yml", "countries/TH.yml"));

    /** Only the files written for the editor are filled in; the schemas are copied as the tool has them. */
    boolean isTemplate() {
        return !resource.startsWith("/");
    }
}
