package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void handsOutDistinctPortsBelowTheEphemeralRangeThatCanBeBound() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ports.add(FreePorts.next());
        }

        assertThat(ports)
                .hasSize(50)
                .allSatisfy(port -> assertThat(port).isBetween(FreePorts.FIRST, FreePorts.LAST - 1));
        int port = ports.iterator().next();
        try (ServerSocket server = new ServerSocket(port)) {
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }
}
