package vn.ocop.fair.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports nobody listens on, for servers started a little later (the launcher picks all of a run's
 * ports before it starts the JVMs). They come from below Linux's ephemeral range (32768–60999): a
 * port the operating system hands out for "any free port" may be given to an outgoing connection
 * of a JVM that is starting meanwhile, and the server then finds it taken. No port is handed out
 * twice by this JVM.
 */
public final class FreePorts {

    static final int FIRST = 20_000;
    static final int LAST = 32_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    public static int next() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (!HANDED_OUT.contains(port) && free(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return anyFreePort();
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1)) { // every interface: the gateway listens on all
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1)) {
            socket.setReuseAddress(true);
            HANDED_OUT.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
