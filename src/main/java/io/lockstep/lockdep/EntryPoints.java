package io.lockstep.lockdep;

import io.lockstep.lang.BundledModel;
import io.lockstep.lang.Releases;
import io.lockstep.lockdep.ClassMapper.Mapping;
import io.lockstep.lockdep.LockdepReport.Frame;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Stmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which entry points of a bundled model a report's stacks went through: a thread of a scenario that
 * uses that model and starts there walks the same kernel paths. Frames are matched by function name
 * against each entry point's call tree (the proc names and the kernel functions their {@code at}
 * names), so {@code state_store → device_online → online_pages} in a stack points at {@code state_store}.
 */
public final class EntryPoints {
    /** One suggestion: the entry point and the report's functions it matches, outermost first. */
    public record Suggestion(String entryPoint, List<String> matched) {
        @Override
        public String toString() {
            return entryPoint + " (matches " + String.join(" → ", matched) + ")";
        }
    }

    /** The model suggested and its entry points, best match first; empty when no model fits. */
    public record Suggestions(String release, List<Suggestion> entryPoints) {
        public boolean isEmpty() {
            return entryPoints.isEmpty();
        }

        /** {@code suggested entry points (v4.18): state_store (matches ...), ...}. */
        public String line() {
            return "suggested entry points (" + release + "): "
                    + String.join(", ", entryPoints.stream().map(Suggestion::toString).toList());
        }
    }

    private static final int MAX = 5;
    private static final Pattern RELEASE = Pattern.compile("^(\\d+)\\.(\\d+)");

    private EntryPoints() {}

    /**
     * The suggestions for {@code report} whose classes became {@code mappings}: none when no bundled
     * model declares every mapped class, or when no class is mapped at all.
     */
    public static Optional<Suggestions> suggest(LockdepReport report, List<Mapping> mappings) {
        List<String> locks = mappings.stream().filter(Mapping::mapped).map(m -> ClassMapper.modelLock(m.lockdepClass()))
                .distinct().toList();
        if (locks.isEmpty()) {
            return Optional.empty();
        }
        List<String> releases = new ArrayList<>(Releases.BUNDLED);
        locks.forEach(l -> releases.retainAll(ClassMapper.releasesDeclaring(l)));
        List<List<String>> stacks = stacks(report);
        Suggestions best = null;
        for (String release : order(releases, report.kernel())) {
            Suggestions s = new Suggestions(release, match(BundledModel.load(release).orElseThrow(), stacks));
            if (best == null || s.entryPoints().size() > best.entryPoints().size()) {
                best = s; // the release nearest the report's kernel, unless another matches more
            }
        }
        return best == null || best.isEmpty() ? Optional.empty() : Optional.of(best);
    }

    /** The report's stacks as function names, outermost first; a lock line's "at:" is a stack of one. */
    private static List<List<String>> stacks(LockdepReport report) {
        List<List<String>> out = new ArrayList<>();
        for (LockdepReport.Link l : report.links()) {
            List<String> fns = new ArrayList<>(l.frames().stream().map(Frame::function).map(AcquireMode::function).toList());
            java.util.Collections.reverse(fns);
            out.add(fns);
        }
        for (String at : new String[] {report.acquiringAt(), report.holdingAt()}) {
            Frame f = at == null ? null : ClassText.frame(at);
            if (f != null) {
                out.add(List.of(AcquireMode.function(f.function())));
            }
        }
        report.held().stream().map(h -> ClassText.frame(h.at())).filter(f -> f != null)
                .forEach(f -> out.add(List.of(AcquireMode.function(f.function()))));
        return out;
    }

    /** {@code releases}, the one nearest at or before the report's kernel first (newest first when it says none). */
    private static List<String> order(List<String> releases, String kernel) {
        Matcher m = kernel == null ? null : RELEASE.matcher(kernel);
        double version = m != null && m.find() ? Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)) : Double.MAX_VALUE;
        return releases.stream().sorted(Comparator.comparingDouble((String r) -> {
            double v = number(r);
            return v <= version ? version - v : 1e9 + v - version;
        })).toList();
    }

    private static double number(String release) {
        Matcher m = RELEASE.matcher(release.substring(1));
        return m.find() ? Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)) : 0;
    }

    private static List<Suggestion> match(BundledModel model, List<List<String>> stacks) {
        List<Suggestion> out = new ArrayList<>();
        for (String entry : model.procNames()) {
            if (!BundledModel.isEntryPoint(entry)) {
                continue;
            }
            Set<String> tree = callTree(model, entry);
            List<String> best = List.of();
            for (List<String> stack : stacks) {
                List<String> hit = stack.stream().filter(tree::contains).distinct().toList();
                if (hit.size() > best.size()) {
                    best = hit;
                }
            }
            // One shared callee (online_pages is under every onlining path) is too weak to name an entry point.
            if (best.size() >= 2 || best.contains(entry) || best.stream().anyMatch(f -> kernelName(model, entry).equals(f))) {
                out.add(new Suggestion(entry, best));
            }
        }
        out.sort(Comparator.comparingInt((Suggestion s) -> -s.matched().size()));
        return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
    }

    /** The names {@code entry} and every proc it calls go by: proc names and the functions of their {@code at}. */
    static Set<String> callTree(BundledModel model, String entry) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(entry));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (!seen.add(p)) {
                continue;
            }
            names.add(p);
            names.add(kernelName(model, p));
            model.proc(p).ifPresent(decl -> calls(decl.body(), todo));
        }
        return names;
    }

    /** The kernel function a proc's {@code at "file.c:function"} names, or the proc's own name. */
    private static String kernelName(BundledModel model, String proc) {
        String at = model.proc(proc).map(ProcDecl::at).orElse(null);
        return at == null || at.indexOf(':') < 0 ? proc : at.substring(at.lastIndexOf(':') + 1);
    }

    private static void calls(List<Stmt> body, List<String> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Call c) {
                out.add(c.proc());
            } else if (s instanceof Stmt.If i) {
                calls(i.then(), out);
                calls(i.otherwise(), out);
            } else if (s instanceof Stmt.TryLock t) {
                calls(t.otherwise(), out);
            }
        }
    }
}
