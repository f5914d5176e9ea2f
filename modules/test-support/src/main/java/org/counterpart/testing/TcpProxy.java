package org.counterpart.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a local port to a server, to put between the application and RabbitMQ (or anything else) so a
 * test can take the server away and bring it back: {@link #close()} stops listening and cuts every open connection
 * (clients see the server gone: refused connections, broken sockets), {@link #open()} listens again on the same port.
 * {@link #stall()} accepts connections and answers nothing, as a server that hangs does: a client waits its own
 * time-out, its work in the middle. Plain sockets, two threads per connection; for tests only.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean stalled;

    private TcpProxy(String targetHost, int targetPort, int port) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = port;
    }

    /** A proxy to the target on a free local port, open. */
    public static TcpProxy to(String targetHost, int targetPort) {
        try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var proxy = new TcpProxy(targetHost, targetPort, probe.getLocalPort());
            probe.close();
            proxy.open();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("no free local port", e);
        }
    }

    public int port() {
        return port;
    }

    public String host() {
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    public boolean isOpen() {
        return server != null && !server.isClosed();
    }

    /**
     * Listens (again) on the proxy's port and forwards what connects; a stalled proxy cuts what it held and forwards
     * from now on, on the same listening socket (one closed and bound again at once can still be in use: its accepting
     * thread lets go of it a moment later).
     */
    public synchronized void open() {
        if (isOpen()) {
            if (stalled) {
                stalled = false;
                cutConnections();
            }
            return;
        }
        listen();
    }

    /**
     * Holds what connects without forwarding anything either way, until {@link #open()} or {@link #close()} cuts it;
     * the connections it forwarded are cut first.
     */
    public synchronized void stall() {
        stalled = true;
        cutConnections();
        if (!isOpen()) {
            listen();
        }
    }

    private void listen() {
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
            var acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + port, e);
        }
    }

    private void cutConnections() {
        sockets.forEach(TcpProxy::quietly);
        sockets.clear();
    }

    /** Stops listening and cuts every connection it forwards. */
    @Override
    public synchronized void close() {
        var socket = server;
        server = null;
        stalled = false;
        quietly(socket);
        cutConnections();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                var client = socket.accept();
                if (stalled) {
                    sockets.add(client);
                    continue;
                }
                Socket upstream;
                try {
                    upstream = new Socket(targetHost, targetPort);
                } catch (IOException e) {
                    quietly(client);
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        var thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                var buffer = new byte[16 * 1024];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // The other side or close() cut the connection.
            } finally {
                quietly(from);
                quietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-proxy-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietly(java.io.Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
