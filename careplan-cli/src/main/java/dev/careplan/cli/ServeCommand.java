package dev.careplan.cli;

import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.web.CareplanServer;
import dev.careplan.web.UploadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan serve}: the validation service and the page drawing each user's 第3表, 第6表 and 第7表, on this
 * machine only unless {@code --bind} says otherwise. Runs until stopped (Ctrl+C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the validation service (POST /api/validate, /api/reconcile, /api/annex, /api/render)"
                + " and the page that draws the 第3表 week, the 第6表 month and the 第7表 totals.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:bad usage", "3:the address cannot be bound or a file read"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "port; 0: any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "address to listen on; the default is this machine only (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--max-files", defaultValue = "500", description = "files per request (default: ${DEFAULT-VALUE})")
    int maxFiles;

    @Option(names = "--max-upload-mb", defaultValue = "64",
            description = "megabytes per request, also the most a zip may unpack to (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Option(names = "--master", paramLabel = "FILE",
            description = "service-code master for the 第7表 (CSV: code,name,units,limit,laborShare); default: the"
                    + " bundled illustrative sample")
    Path master;

    @Option(names = "--region", paramLabel = "GRADE", description = "地域区分 of every provider (1級地 … 7級地, その他)")
    String region;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The server's own start-up lines are noise on a command line; requests are logged by careplan-web.
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        CareplanServer.Builder b = CareplanServer.builder().port(port).bind(bind);
        try {
            long perRequest = (long) maxUploadMb << 20;
            b.limits(new UploadLimits(maxFiles, Math.min(16L << 20, perRequest), perRequest));
            if (region != null) {
                b.region(RegionGrade.parse(region));
            }
        } catch (IllegalArgumentException e) {
            err.println("careplan serve: " + e.getMessage());
            err.flush();
            return CareplanCli.USAGE;
        }
        if (master != null) {
            b.master(ServiceCodeMaster.read(master));
        }
        CareplanServer server;
        try {
            server = b.build().start();
        } catch (IllegalStateException e) {
            err.println("careplan serve: " + e.getMessage());
            err.flush();
            return CareplanCli.IO;
        }
        try (server) {
            out.println("careplan serve: listening on " + server.uri() + " (Ctrl+C to stop)");
            if (!bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1")) {
                out.println("careplan serve: reachable from other machines on " + bind
                        + "; uploads carry personal care data");
            }
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "careplan-serve-stop"));
            server.join();
        }
        return CareplanCli.OK;
    }
}
