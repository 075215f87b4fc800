package org.backchannel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder that a test can cut and restore, to play a server going away and coming
 * back mid-session. Cutting closes every open connection and refuses new ones; restoring listens
 * again on the same port, so a client's address stays valid.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    public TcpProxy(URI target) {
        this.target = new InetSocketAddress(target.getHost(), target.getPort());
        this.server = listen(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    /** The target's URI with the proxy's port instead. */
    public URI uri(URI original) {
        return URI.create(original.getScheme() + "://127.0.0.1:" + port);
    }

    /** Drops every connection and refuses new ones, as a server that went down would. */
    public synchronized void cut() {
        closeQuietly(server);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() {
        if (!server.isClosed()) {
            return;
        }
        server = listenAgain();
        accept(server);
    }

    @Override
    public void close() {
        cut();
    }

    /** Sockets of the cut connections may hold the port for a moment after they close. */
    private ServerSocket listenAgain() {
        for (int attempt = 1; ; attempt++) {
            try {
                return listen(port);
            } catch (UncheckedIOException e) {
                if (attempt == 50) {
                    throw e;
                }
                sleep(100);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        daemon("proxy-accept-" + port, () -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(target.getAddress(), target.getPort());
                    if (!register(listening, client, upstream)) {
                        continue;
                    }
                    daemon("proxy-up", () -> pump(client, upstream));
                    daemon("proxy-down", () -> pump(upstream, client));
                } catch (IOException e) {
                    // closed by cut(): stop accepting
                }
            }
        });
    }

    /** A connection accepted just as the proxy was cut must not outlive the cut. */
    private synchronized boolean register(ServerSocket listening, Socket client, Socket upstream) {
        if (listening.isClosed()) {
            closeQuietly(client);
            closeQuietly(upstream);
            return false;
        }
        open.add(client);
        open.add(upstream);
        return true;
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (SocketException e) {
            // one side was closed: the other goes too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
