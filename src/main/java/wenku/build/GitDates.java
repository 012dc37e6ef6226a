package wenku.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * First and last commit dates of every file under a folder, from a single {@code git log} call for the
 * whole tree (not one call per file). Empty when the folder is not in a Git repository or Git is missing.
 *
 * <p>Immutable after {@link #read}.
 */
final class GitDates {
    record Dates(LocalDate first, LocalDate last) {
    }

    private final Map<String, Dates> byPath;

    private GitDates(Map<String, Dates> byPath) {
        this.byPath = byPath;
    }

    static GitDates none() {
        return new GitDates(Map.of());
    }

    /** Dates for a content-relative path, or {@code null}. */
    Dates of(String contentPath) {
        return byPath.get(contentPath);
    }

    static GitDates read(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        if (!insideRepository(dir)) return none();
        ProcessBuilder pb = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=@%cs",
                "--name-only", "--no-renames", "--relative", "--", ".")
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, Dates> out = new HashMap<>();
        try {
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                LocalDate current = null;
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("@")) {
                        current = LocalDate.parse(line.substring(1));
                    } else if (!line.isBlank() && current != null) {
                        LocalDate d = current;
                        // log runs newest first: the first time we see a path is its last commit
                        out.merge(line, new Dates(d, d), (old, n) -> new Dates(d, old.last()));
                    }
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return none();
            }
            return p.exitValue() == 0 ? new GitDates(Map.copyOf(out)) : none();
        } catch (IOException | RuntimeException e) {
            return none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none();
        }
    }

    private static boolean insideRepository(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) return true;
        }
        return false;
    }
}
