package dev.careplan.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The page's files, served from the module itself: no CDN, no external asset. */
final class StaticFiles {

    /** One file and its type. */
    record Resource(String contentType, byte[] bytes) {
    }

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css");

    private final Map<String, Resource> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    Optional<Resource> get(String path) {
        String name = FILES.get(path);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(name, StaticFiles::load));
    }

    private static Resource load(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/dev/careplan/web/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js")
                    ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            return new Resource(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
