package io.lockstep.lang;

import io.lockstep.model.MemoryLayout;
import io.lockstep.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses the scenario file and, depth first, every file it {@code use}s: bundled kernel models by name,
 * files of the user's by a path relative to the using file's folder. Each file is parsed once even if
 * several files use it; a file that uses itself, directly or not, is an error. Uses nest at most
 * {@link LanguageLimits#MAX_USE_DEPTH} deep (the walk is recursive), and all files together hold at
 * most {@link LanguageLimits#MAX_SOURCE_BYTES}.
 */
final class ScenarioResolver {

    /** One parsed file and the files it uses. {@code dir} is null for bundled models and unsaved text. */
    static final class Unit {
        final String key;
        final String file;
        final String origin;
        final String release;
        final Path dir;
        final List<Unit> uses = new ArrayList<>();
        FileDecls decls;

        Unit(String key, String file, String origin, String release, Path dir) {
            this.key = key;
            this.file = file;
            this.origin = origin;
            this.release = release;
            this.dir = dir;
        }
    }

    /**
     * The scenario file, every file in dependency order (used files before their users), the release,
     * and the release the files name (differs from {@code release} under a --release override).
     */
    record Resolution(Unit root, List<Unit> dependencyOrder, String release, String writtenRelease) {
        boolean releaseOverridden() {
            return release != null && !release.equals(writtenRelease);
        }
    }

    private final DiagnosticSink sink;
    private final Function<String, Optional<String>> bundledModels;
    private final Map<String, Unit> loaded = new HashMap<>();
    private final List<Unit> stack = new ArrayList<>();
    private final List<Unit> dependencyOrder = new ArrayList<>();
    private String override;
    private String release;
    private String writtenRelease;
    private SourcePos releasePos;
    private long sourceBytes;

    ScenarioResolver(DiagnosticSink sink, Function<String, Optional<String>> bundledModels, String override) {
        this.sink = sink;
        this.bundledModels = bundledModels;
        this.override = override;
    }

    Resolution resolve(String file, String text, Path dir, String key) {
        sink.addSource(file, text);
        sourceBytes = text.length();
        SourcePos top = new SourcePos(file, 1, 1);
        if (override != null && !Releases.BUNDLED.contains(override)) {
            sink.error(top, "unknown release " + override + "; the bundled kernel models are " + bundledList());
            override = null;
        }
        Unit root = new Unit(key, file, file, null, dir);
        load(root, text);
        if (override != null && release == null) {
            sink.error(top, "this scenario uses no kernel model, so --release cannot switch it");
        }
        return new Resolution(root, List.copyOf(dependencyOrder), release, writtenRelease);
    }

    static String bundledList() {
        return String.join(", ", Releases.BUNDLED);
    }

    private void load(Unit unit, String text) {
        unit.decls = FileParser.parse(unit.file, unit.origin, text, sink);
        for (FileDecls.LsmemImport imp : unit.decls.lsmemImports) {
            MemoryLayout layout = lsmem(unit, imp);
            if (layout != null) {
                unit.decls.memories.add(layout);
            }
        }
        // Written order decides which of two memory declarations is "given twice".
        unit.decls.memories.sort(Comparator.comparingInt((MemoryLayout m) -> m.pos().line())
                .thenComparingInt(m -> m.pos().col()));
        loaded.put(unit.key, unit);
        stack.add(unit);
        for (FileDecls.Use use : unit.decls.uses) {
            if (stack.size() > LanguageLimits.MAX_USE_DEPTH) {
                sink.error(use.pos(), "uses nest more than " + LanguageLimits.MAX_USE_DEPTH + " files deep here ("
                        + stack.get(0).file + " uses a file that uses a file...); merge some of them");
                break;
            }
            Unit target = looksLikePath(use.target()) ? useFile(unit, use) : useModel(unit, use);
            if (target != null && !unit.uses.contains(target)) {
                unit.uses.add(target);
            }
        }
        stack.remove(stack.size() - 1);
        dependencyOrder.add(unit);
    }

    /** A bare name is a bundled model; anything with a folder separator or the .lks suffix is a file. */
    private static boolean looksLikePath(String target) {
        return target.contains("/") || target.contains("\\") || target.endsWith(".lks");
    }

    private Unit useModel(Unit from, FileDecls.Use use) {
        String name = use.target();
        if (!Releases.BUNDLED.contains(name)) {
            sink.error(use.pos(), "unknown kernel model \"" + name + "\"" + KernelNames.suggest(name, Releases.BUNDLED)
                    + "; the bundled ones are " + bundledList() + " (a file of your own needs a relative path such as"
                    + " \"./mine.lks\")");
            return null;
        }
        String effective = override != null ? override : name;
        if (release != null && !release.equals(effective)) {
            sink.error(use.pos(), "this scenario already uses kernel model " + release + " (at " + releasePos
                    + "); a scenario can use only one kernel model");
            return null;
        }
        release = effective;
        writtenRelease = name;
        releasePos = use.pos();
        String key = "bundled:" + effective;
        if (loaded.containsKey(key)) {
            return cycleCheck(loaded.get(key), use);
        }
        Optional<String> text;
        try {
            text = bundledModels.apply(effective);
        } catch (RuntimeException e) {
            text = Optional.empty();
        }
        if (text.isEmpty()) {
            sink.error(use.pos(), "the kernel model " + effective + " is missing from this build of Lockstep");
            return null;
        }
        Unit unit = new Unit(key, Releases.fileName(effective), effective, effective, null);
        if (!withinBudget(use.pos(), use.target(), text.get())) {
            return null;
        }
        sink.addSource(unit.file, text.get());
        load(unit, text.get());
        return unit;
    }

    private Unit useFile(Unit from, FileDecls.Use use) {
        String target = use.target();
        if (from.dir == null) {
            sink.error(use.pos(), from.release != null
                    ? "a bundled kernel model cannot use a file of its own (\"" + target + "\")"
                    : "cannot find \"" + target + "\": this text has no folder yet; save it first");
            return null;
        }
        if (isAbsolute(target)) {
            sink.error(use.pos(), "use a path relative to the folder of " + from.file + ", such as \"./mine.lks\","
                    + " not an absolute path");
            return null;
        }
        try {
            Path folder = from.dir.toAbsolutePath().normalize();
            Path relative = Path.of(target).normalize();
            Path path = folder.resolve(relative).normalize();
            if (!path.startsWith(folder) || path.equals(folder)) {
                return leaves(from, use);
            }
            if (!Files.exists(path)) {
                sink.error(use.pos(), "cannot find \"" + target + "\" (looked for " + path + ")");
                return null;
            }
            Path real = path.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                return leaves(from, use); // through a symbolic link
            }
            String key = real.toString();
            if (loaded.containsKey(key)) {
                return cycleCheck(loaded.get(key), use);
            }
            String text = SourceFiles.read(path);
            if (!withinBudget(use.pos(), target, text)) {
                return null;
            }
            String file = displayName(from.file, relative);
            Unit unit = new Unit(key, file, file, null, path.getParent());
            sink.addSource(file, text);
            load(unit, text);
            return unit;
        } catch (IOException | InvalidPathException | SecurityException e) {
            sink.error(use.pos(), "cannot read \"" + target + "\": " + e.getMessage());
            return null;
        }
    }

    /**
     * {@code memory from lsmem "FILE"}: the file is found as a used file is (relative to the scenario's
     * folder, never outside it), its table read by {@link LsmemParser}, and the absent ranges written
     * after it put in block order among the table's.
     */
    private MemoryLayout lsmem(Unit from, FileDecls.LsmemImport imp) {
        String target = imp.target();
        SourcePos at = imp.targetPos();
        if (from.dir == null) {
            sink.error(at, from.release != null ? "a bundled kernel model cannot read an lsmem file"
                    : "cannot find \"" + target + "\": this text has no folder yet; save it first");
            return null;
        }
        if (isAbsolute(target)) {
            sink.error(at, "give the lsmem file by a path relative to the folder of " + from.file + ", such as"
                    + " \"lsmem.txt\", not an absolute path");
            return null;
        }
        try {
            Path folder = from.dir.toAbsolutePath().normalize();
            Path relative = Path.of(target).normalize();
            Path path = folder.resolve(relative).normalize();
            boolean inside = path.startsWith(folder) && !path.equals(folder);
            if (inside && !Files.exists(path)) {
                sink.error(at, "cannot find the lsmem file \"" + target + "\" (looked for " + path + ")");
                return null;
            }
            if (!inside || !path.toRealPath().startsWith(folder.toRealPath())) {
                sink.error(at, "\"" + target + "\" leaves the folder of " + from.file
                        + "; the lsmem file must be in that folder or below it");
                return null;
            }
            String text = SourceFiles.read(path);
            if (!withinBudget(at, target, text)) {
                return null;
            }
            String file = displayName(from.file, relative);
            sink.addSource(file, text);
            MemoryLayout table = LsmemParser.parse(file, text, imp.pos(), sink);
            return table == null ? null : withAbsent(table, imp.absent());
        } catch (IOException | InvalidPathException | SecurityException e) {
            sink.error(at, "cannot read the lsmem file \"" + target + "\": " + e.getMessage());
            return null;
        }
    }

    private MemoryLayout withAbsent(MemoryLayout table, List<MemoryLayout.ZoneRange> absent) {
        List<MemoryLayout.ZoneRange> ranges = new ArrayList<>(table.ranges());
        for (MemoryLayout.ZoneRange a : absent) {
            MemoryLayout.ZoneRange clash = ranges.stream().filter(r -> MemoryParser.overlapping(a, r)).findFirst().orElse(null);
            if (clash != null) {
                sink.error(a.pos(), "block " + Math.max(a.first(), clash.first()) + " is already in the lsmem file (at "
                        + clash.pos() + "); add only blocks it does not list");
            } else {
                ranges.add(a);
            }
        }
        ranges.sort(Comparator.comparingInt(MemoryLayout.ZoneRange::first));
        return new MemoryLayout(table.blockSize(), ranges, table.pos());
    }

    /** An absolute path on any system (a file is named relative to the scenario's folder). */
    private static boolean isAbsolute(String target) {
        return target.startsWith("/") || target.startsWith("\\") || target.matches("^[A-Za-z]:.*");
    }

    /** Counts a file's text against the budget of all files together; false (reported) when it is spent. */
    private boolean withinBudget(SourcePos at, String target, String text) {
        sourceBytes += text.length();
        if (sourceBytes > LanguageLimits.MAX_SOURCE_BYTES) {
            sink.error(at, "the files of this scenario hold more than " + (LanguageLimits.MAX_SOURCE_BYTES >> 20)
                    + " MiB of text together; \"" + target + "\" is not read");
            return false;
        }
        return true;
    }

    private Unit leaves(Unit from, FileDecls.Use use) {
        sink.error(use.pos(), "\"" + use.target() + "\" leaves the folder of " + from.file
                + "; a used file must be in that folder or below it");
        return null;
    }

    /** A file already loaded is fine to use again, unless it is still being loaded: that is a cycle. */
    private Unit cycleCheck(Unit target, FileDecls.Use use) {
        int at = stack.indexOf(target);
        if (at < 0) {
            return target;
        }
        String cycle = stack.subList(at, stack.size()).stream().map(u -> u.file).collect(Collectors.joining(" -> "));
        sink.error(use.pos(), "use cycle: " + cycle + " -> " + target.file + "; remove one of these uses");
        return null;
    }

    /** A used file is shown relative to where the using file is shown: {@code samples/patch.lks}. */
    private static String displayName(String usingFile, Path relative) {
        int slash = Math.max(usingFile.lastIndexOf('/'), usingFile.lastIndexOf('\\'));
        String folder = slash >= 0 ? usingFile.substring(0, slash + 1) : "";
        return folder + relative.toString().replace('\\', '/');
    }
}
