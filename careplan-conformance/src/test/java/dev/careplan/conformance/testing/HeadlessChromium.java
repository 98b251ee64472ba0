package dev.careplan.conformance.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium, driven by chromedriver through Selenium, for the browser tests of this module and of
 * careplan-web (through this module's test jar): no network, no background services, Japanese as the browser's
 * language. Needs {@code apt-get install chromium chromium-driver} ({@code .ci/run} does it), or the programs named by
 * {@code CHROME_BIN} and {@code CHROMEDRIVER}; without them it fails saying so.
 */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** A browser with a window of {@code width} × {@code height} pixels and its profile in {@code profile}. */
    public static WebDriver start(Path profile, int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome").toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(profile), "--window-size=" + width + "," + height,
                "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(find("CHROMEDRIVER", "chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The program named by the variable, else the first of the names on the PATH; fails naming the package. */
    private static Path find(String variable, String... names) {
        Optional<Path> set = Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank()).map(Path::of);
        if (set.isPresent() && Files.isExecutable(set.get())) {
            return set.get();
        }
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String n : names) {
            for (String d : dirs) {
                Path p = Path.of(d.isEmpty() ? "." : d, n);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("The browser test needs " + String.join(" or ", names) + " (Debian's packages"
                + " chromium and chromium-driver: apt-get install chromium chromium-driver; .ci/run installs them), or "
                + variable + " set to the program. Not found on PATH.");
    }
}
