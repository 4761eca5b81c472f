package org.handbook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Checking country profiles never reaches the network, whatever a schema refers to. */
class CountrySchemaTest {

    @Test
    void aSchemaReferringToWebAddressesMakesNoConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(server);
            String address = "http://127.0.0.1:" + server.getLocalPort();
            String schema = "{\"$schema\": \"" + address + "/meta\", \"$id\": \"" + address + "/schema.json\","
                    + " \"type\": \"object\", \"properties\": {\"code\": {\"$ref\": \"" + address + "/code.json\"}}}";

            try {
                CountrySchema.compile(schema.getBytes(StandardCharsets.UTF_8))
                        .validate(JsonMapper.builder().build().readTree("{\"code\": \"XA\"}"));
            } catch (RuntimeException refused) {
                // An unresolvable reference may fail validation; reaching for it is what must not happen.
            }

            assertThat(connections).hasValue(0);
        }
    }

    @Test
    void aHandbooksSchemaCopyReferringToWebAddressesMakesNoConnection(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(server);
            String address = "http://127.0.0.1:" + server.getLocalPort();
            Files.writeString(handbook.resolve("countries/schema.json"), "{\"$schema\": \"" + address + "/meta\", \"$id\": \""
                    + address + "/schema.json\", \"$ref\": \"" + address + "/other.json\"}");

            BuildResult result = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

            assertThat(result.hasErrors()).isFalse();
            assertThat(TestHandbooks.report(result.diagnostics())).contains("countries/schema.json:0:0: warning: this schema"
                    + " differs from the one the tool checks country files against [HB-COUNTRY-SCHEMA-COPY]\n"
                    + "    hint: replace it with countries/schema.json from this version of the handbook tool\n");
            assertThat(connections).hasValue(0);
        }
    }

    /** Counts the connections {@code server} receives, closing each at once so that nothing waits on it. */
    private static AtomicInteger countConnections(ServerSocket server) {
        AtomicInteger connections = new AtomicInteger();
        Thread listener = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket connection = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "count-connections");
        listener.setDaemon(true);
        listener.start();
        return connections;
    }
}
