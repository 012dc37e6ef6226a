package wenku.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All versions of one law: the files that share a {@link LawVersion#key()}. Immutable.
 *
 * @param key      the shared key, {@code 社会法/劳动法}
 * @param versions the versions, oldest first (see {@link LawVersion#compareTo}); never empty
 */
public record LawFamily(String key, List<LawVersion> versions) {

    public LawFamily {
        if (versions.isEmpty()) throw new IllegalArgumentException("a law has at least one version: " + key);
        List<LawVersion> sorted = new ArrayList<>(versions);
        sorted.sort(null);
        versions = List.copyOf(sorted);
    }

    /**
     * Groups content-relative paths into families, sorted by key. Every path lands in exactly one family; a
     * law with a single file is a family of one.
     */
    public static List<LawFamily> group(Collection<String> paths) {
        Map<String, List<LawVersion>> byKey = new TreeMap<>();
        for (String p : paths) {
            LawVersion v = LawVersion.of(p);
            byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        List<LawFamily> families = new ArrayList<>(byKey.size());
        byKey.forEach((k, vs) -> families.add(new LawFamily(k, vs)));
        return families;
    }

    /** True when the law has more than one version. */
    public boolean hasVersions() {
        return versions.size() > 1;
    }

    /** The newest version: the one lists and search show. */
    public LawVersion newest() {
        return versions.get(versions.size() - 1);
    }

    /** True when {@code v} is the newest version of this law. */
    public boolean isNewest(LawVersion v) {
        return newest().path().equals(v.path());
    }

    /** The versions newer than {@code v}, oldest first; empty for the newest. */
    public List<LawVersion> newerThan(LawVersion v) {
        int i = indexOf(v);
        return versions.subList(i + 1, versions.size());
    }

    /**
     * The version in force on {@code day}: the newest one dated on or before it. When {@code day} is before
     * every dated version, the oldest version (the closest text the site has); when {@code day} is
     * {@code null}, the newest.
     */
    public LawVersion inForceOn(LocalDate day) {
        if (day == null) return newest();
        LawVersion found = versions.get(0);
        for (LawVersion v : versions) {
            if (v.date() == null || !v.date().isAfter(day)) found = v;
        }
        return found;
    }

    /** The version at {@code path}, if it belongs to this family. */
    public Optional<LawVersion> version(String path) {
        return versions.stream().filter(v -> v.path().equals(path)).findFirst();
    }

    private int indexOf(LawVersion v) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).path().equals(v.path())) return i;
        }
        throw new IllegalArgumentException(v.path() + " is not a version of " + key);
    }
}
