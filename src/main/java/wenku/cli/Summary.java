package wenku.cli;

import java.util.Locale;
import wenku.site.Site;

/**
 * The one line a command prints at the end: what was built or checked, how many errors and warnings,
 * and how long it took. {@code built 1564 pages, 23 sections, 0 tags into public: 3302 files, 0 errors, 2 warnings, 8.1 s}.
 *
 * <p>Stateless.
 */
final class Summary {
    private Summary() {
    }

    static String built(Site site, String out, int files, long errors, long warnings, long nanos) {
        return "built " + count(site.pages().size(), "page") + ", " + count(site.sections().size(), "section") + ", "
                + count(tags(site), "tag") + " into " + out + ": " + count(files, "file") + ", "
                + problems(errors, warnings) + ", " + seconds(nanos);
    }

    static String failed(long errors, long warnings, String out, long nanos) {
        return "build failed: " + problems(errors, warnings) + ", " + seconds(nanos) + "; nothing was written, "
                + out + " is as it was";
    }

    static String checked(int files, Site site, long errors, long warnings, long nanos) {
        String what = site == null ? count(files, "file")
                : count(files, "file") + " (" + count(site.pages().size(), "page") + ", " + count(site.sections().size(), "section")
                + ", " + count(tags(site), "tag") + ")";
        return "checked " + what + ": " + problems(errors, warnings) + ", " + seconds(nanos);
    }

    static int tags(Site site) {
        return site.taxonomies().stream().filter(t -> t.key().equals("tags")).mapToInt(t -> t.terms().size()).sum();
    }

    static String problems(long errors, long warnings) {
        return count(errors, "error") + ", " + count(warnings, "warning");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
