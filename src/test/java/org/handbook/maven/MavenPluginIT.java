package org.handbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;
import org.handbook.Golden;
import org.handbook.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another organisation's Maven project builds its handbook through the plugin: the tool's jar and the plugin are
 * installed as this repository's build installs them, a handbook is started with {@code init} in a project made here,
 * and Maven runs it, binding check and build to the project's phases, and by the goal's prefix.
 *
 * <p>Maven is run through Maven's own invoker library (org.apache.maven.shared:maven-invoker), a stable release that
 * forks the same {@code mvn} as the outer build, with its settings and local repository: what a user's build does.
 */
class MavenPluginIT {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    @TempDir
    static Path workspace;

    @BeforeAll
    static void installTheToolAndThePlugin() throws Exception {
        Path root = Golden.repositoryRoot();
        Properties jar = new Properties();
        jar.setProperty("file", root.resolve("target/handbook.jar").toString());
        jar.setProperty("pomFile", root.resolve("pom.xml").toString());
        Run installed = maven(root, List.of("org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file"), jar);
        assertThat(installed.exit()).as(installed.log()).isZero();
        Run plugin = maven(root.resolve("maven-plugin"), List.of("install"), new Properties());
        assertThat(plugin.exit()).as(plugin.log()).isZero();
    }

    @Test
    void aProjectMadeNowBuildsAndChecksItsHandbookThroughThePlugin() throws Exception {
        Path project = startHandbook("field-guide");

        Run verify = maven(project, List.of("verify"), new Properties());
        assertThat(verify.exit()).as(verify.log()).isZero();
        assertThat(verify.log()).contains("handbook-maven-plugin:" + VERSION + ":build", "handbook-maven-plugin:" + VERSION
                + ":check", "Checked 6 pages (en/2026: 6)", "0 errors, 0 warnings");
        assertThat(project.resolve("target/site/en/2026/introduction/index.html")).exists();
        assertThat(project.resolve("target/site/manifest.json")).exists();

        Run byPrefix = maven(project, List.of("handbook:check"), new Properties());
        assertThat(byPrefix.exit()).as(byPrefix.log()).isZero();
    }

    @Test
    void aMistakeFailsTheMavenBuildWithItsFileAndLine() throws Exception {
        Path project = startHandbook("broken-guide");
        Files.writeString(project.resolve("chapters/en/02-broken.md"), "---\nid: broken\ntitle: Broken\n---\n\nSee [](xref:nowhere).\n");

        Run verify = maven(project, List.of("verify"), new Properties());
        assertThat(verify.exit()).isNotZero();
        assertThat(verify.log()).contains("chapters/en/02-broken.md:6:5: error: cannot resolve xref:nowhere",
                "the handbook has errors: each is printed above with its file and line", "BUILD FAILURE");
        assertThat(project.resolve("target/site")).as("nothing published").doesNotExist();
    }

    /** A handbook made by init, in a Maven project whose pom.xml runs the plugin in its verify and package phases. */
    private static Path startHandbook(String name) throws IOException {
        Path project = workspace.resolve(name);
        StringWriter said = new StringWriter();
        assertThat(Cli.run(List.of("init", project.toString(), "--edition", "2026"), new PrintWriter(said), new PrintWriter(said)))
                .as(said.toString()).isZero();
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.handbook</groupId>
                        <artifactId>handbook-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>check</goal>
                              <goal>build</goal>
                            </goals>
                          </execution>
                        </executions>
                        <configuration>
                          <strict>true</strict>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(name, VERSION));
        return project;
    }

    private record Run(int exit, String log) {
    }

    private static Run maven(Path folder, List<String> goals, Properties properties) throws MavenInvocationException {
        StringBuilder log = new StringBuilder();
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(folder.toFile())
                .setPomFile(folder.resolve("pom.xml").toFile())
                .addArgs(goals)
                .setProperties(properties)
                .setBatchMode(true)
                .setOutputHandler(line -> log.append(line).append('\n'))
                .setErrorHandler(line -> log.append(line).append('\n'));
        DefaultInvoker invoker = new DefaultInvoker();
        String home = System.getProperty("maven.home");
        if (home != null) {
            invoker.setMavenHome(new File(home));
        }
        InvocationResult result = invoker.execute(request);
        return new Run(result.getExitCode(), log.toString());
    }
}
