package dev.careplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A {@code multipart/form-data} body of named files, as a browser's form sends it, and a zip of a folder. */
final class Multipart {

    private static final String BOUNDARY = "----careplan-test-boundary-7MA4YWxkTrZu0gW";

    /** One file: its name and bytes. */
    record Part(String name, byte[] bytes) {
        static Part of(Path file) throws IOException {
            return new Part(file.getFileName().toString(), Files.readAllBytes(file));
        }
    }

    private Multipart() {
    }

    static byte[] body(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + p.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static HttpRequest post(URI uri, List<Part> parts) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(parts))).build();
    }

    static HttpResponse<String> send(HttpClient client, URI uri, List<Part> parts) throws Exception {
        return client.send(post(uri, parts), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<Part> parts(List<Path> files) throws IOException {
        java.util.ArrayList<Part> out = new java.util.ArrayList<>();
        for (Path f : files) {
            out.add(Part.of(f));
        }
        return out;
    }

    /** Every file under {@code root}, at its relative path. */
    static byte[] zip(Path root, List<Path> files) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buf)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return buf.toByteArray();
    }
}
