package org.counterpart.reporting;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A minimal SMTP server on a local socket, for the reminder tests: it speaks enough of RFC 5321 (HELO/EHLO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT) for JavaMail to deliver to it, and keeps every message it receives. (GreenMail would
 * do the same; it is not a dependency of the build.)
 */
final class ReminderSmtpReceiver implements AutoCloseable {

    /** A message as delivered: the envelope's recipients and the message itself. */
    record Received(List<String> recipients, MimeMessage message) {

        String subject() {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        String text() {
            try {
                return message.getContent().toString();
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final ServerSocket server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private ReminderSmtpReceiver() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var thread = new Thread(this::serve, "smtp-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    static ReminderSmtpReceiver start() {
        try {
            return new ReminderSmtpReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    List<Received> to(String recipient) {
        return received.stream().filter(r -> r.recipients().contains(recipient)).toList();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (var socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // closed, or a client that went away: wait for the next
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        var out = socket.getOutputStream();
        reply(out, "220 localhost test SMTP");
        var recipients = new ArrayList<String>();
        String line;
        while ((line = in.readLine()) != null) {
            var command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 localhost");
                case "MAIL", "RSET" -> {
                    recipients.clear();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                    }
                    received.add(new Received(List.copyOf(recipients), parse(data.toString())));
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static MimeMessage parse(String data) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(data.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
