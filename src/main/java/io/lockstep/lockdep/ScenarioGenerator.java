package io.lockstep.lockdep;

import io.lockstep.lockdep.ChainPlan.Link;
import io.lockstep.lockdep.ClassMapper.Mapping;
import io.lockstep.lockdep.LockdepReport.Frame;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the scenario of a {@link ChainPlan}: one lock per class of the cycle, declared with the kind
 * the bundled models give it ({@code kn_active} an active reference, the hotplug locks per-cpu
 * rwsems; an unmapped class a mutex, or an rwsem when the report takes it for reading), and one
 * thread per dependency, taking its two locks in the recorded order and mode. It uses no kernel
 * model, because a report says only which classes nest, not which kernel paths took them. Writer
 * threads and the expect lines are the caller's ({@link LockdepImport}), which checks what it writes.
 */
final class ScenarioGenerator {
    /** The scenario's text and how each class was named. */
    record Imported(String text, List<Mapping> mappings) {}

    // Frames of lockdep itself and of the lock primitives: the acquisition they record is in the caller.
    private static final Pattern PRIMITIVE = Pattern.compile("^(?:_*lock_acquire.*|_*mutex_lock.*|_*down_(?:read|write).*"
            + "|_*percpu_down_(?:read|write).*|_*raw_(?:spin|read|write)_lock.*|_*(?:spin|read|write)_lock(?:_.*)?"
            + "|rt_(?:mutex|spin).*|rwsem_.*|lock_map_acquire.*|check_.*|validate_chain.*|print_.*|save_trace.*"
            + "|stack_trace_.*|dump_stack.*|_*lockdep_.*|debug_.*|mark_lock.*|_*bfs.*|add_chain_cache.*|entry_SYSCALL.*)$");

    /** Where the kernel takes a hotplug rwsem for writing: the writer a read-only cycle needs. */
    static final Map<String, String> WRITE_SITES = Map.of(
            "mem_hotplug_lock", "mem_hotplug_begin() (mm/memory_hotplug.c: percpu_down_write(&mem_hotplug_lock))",
            "cpu_hotplug_lock", "cpus_write_lock() in _cpu_up() and _cpu_down() (kernel/cpu.c)",
            "kernfs_rwsem", "down_write(&root->kernfs_rwsem) in kernfs_add_one() and kernfs_remove() (fs/kernfs/dir.c)");

    private static final int MAX_NOTE = 300;

    private ScenarioGenerator() {}

    /**
     * The scenario for {@code plan}: {@code source} names the report in the header, {@code comments}
     * are extra header lines (the suggested entry points), {@code writers} the rwsems that get a writer
     * thread, {@code expects} the expect lines with their comments.
     */
    static Imported generate(ChainPlan plan, String source, List<String> comments, List<String> writers, List<String> expects) {
        LockdepReport report = plan.report();
        List<Mapping> mappings = plan.mappings();
        StringBuilder sb = new StringBuilder();
        header(sb, plan, source, comments);
        String names = mappings.stream().map(Mapping::lock).collect(Collectors.joining(", "));
        String what = report.kind() == LockdepReport.Kind.RECURSIVE ? "recursive locking" : "circular locking dependency";
        sb.append("scenario ").append(quote("lockdep: possible " + what + " (" + names + ")")).append('\n');
        // The description is Lockstep's own text, of bounded length: only the report's text is cut to a note's length.
        sb.append("describe ").append(quote(describe(plan, writers), Integer.MAX_VALUE)).append("\n\n");
        for (Mapping m : mappings) {
            sb.append("lock ").append(m.lock()).append(" : ").append(plan.kind(m.lock())).append(" lockdep ")
                    .append(quote(m.lockdepClass()))
                    .append(m.mapped() ? "" : "    # unmapped: no bundled model declares this class").append('\n');
        }
        Set<String> labels = new HashSet<>();
        for (Link l : plan.links()) {
            sb.append('\n');
            thread(sb, plan, l, labels);
        }
        for (String w : writers) {
            sb.append('\n');
            writer(sb, w);
        }
        sb.append('\n');
        expects.forEach(e -> sb.append(e).append('\n'));
        return new Imported(sb.toString(), mappings);
    }

    private static void header(StringBuilder sb, ChainPlan plan, String source, List<String> comments) {
        LockdepReport report = plan.report();
        sb.append("# Imported by 'lockstep import-lockdep' from ").append(oneLine(source)).append(", the report at line ")
                .append(report.headerLine()).append(":\n");
        sb.append("#   WARNING: ").append(report.kind().title).append('\n');
        if (report.kernel() != null) {
            sb.append("#   kernel: ").append(oneLine(report.kernel())).append('\n');
        }
        if (report.task() != null) {
            sb.append("#   task: ").append(oneLine(report.task())).append('\n');
        }
        sb.append("# Lockdep class -> scenario lock:\n");
        for (Mapping m : plan.mappings()) {
            sb.append("#   ").append(oneLine(m.lockdepClass())).append(" -> ").append(m.lock())
                    .append(m.mapped() ? "" : "   (unmapped)").append('\n');
        }
        for (LockdepReport.HeldLock h : report.held()) {
            sb.append("#   held when reported: #").append(h.index()).append(' ').append(oneLine(h.lockClass()))
                    .append(h.at().isEmpty() ? "" : ", at: " + oneLine(h.at())).append('\n');
        }
        comments.forEach(c -> sb.append("# ").append(oneLine(c)).append('\n'));
        sb.append("# Each thread is one dependency of the report and takes its two locks in the recorded order, for\n");
        sb.append("# reading where the stack shows a read (down_read, cpus_read_lock, get_online_mems, a kernfs active\n");
        sb.append("# reference), for writing otherwise.\n\n");
    }

    private static String describe(ChainPlan plan, List<String> writers) {
        if (plan.report().kind() == LockdepReport.Kind.RECURSIVE) {
            return "Lockdep saw a task take " + plan.links().get(0).inner() + " while it already held a lock of the same"
                    + " class. Taken twice by one thread, the lock waits for itself.";
        }
        return "Lockdep recorded " + plan.links().size() + " lock-order dependencies that close a cycle. Each thread here"
                + " takes one of them in the recorded order; run together, they can each hold the lock the next one wants."
                + (writers.isEmpty() ? "" : " Some links only read an rwsem, which blocks only behind a waiting writer, so"
                        + " a writer thread of " + String.join(" and ", writers) + " is added where the kernel has one.");
    }

    private static void thread(StringBuilder sb, ChainPlan plan, Link l, Set<String> labels) {
        LockdepReport.Dependency d = l.dependency();
        String label = d.origin() + ": " + l.outer() + " -> " + l.inner();
        for (int n = 2; !labels.add(label); n++) {
            label = d.origin() + " (" + n + "): " + l.outer() + " -> " + l.inner();
        }
        List<Frame> frames = d.frames().stream().filter(f -> !PRIMITIVE.matcher(f.function()).matches()).toList();
        String where = frames.isEmpty() ? (d.frames().isEmpty() ? "; the report shows no stack for it" : "")
                : " at " + frames.get(0).text() + (frames.size() > 1 ? " (called from " + frames.get(1).text() + ")" : "");
        String held = d.outerAt() != null ? ", taken at " + oneLine(d.outerAt()) + " (the report's lock line)"
                : " (lockdep records the dependency, not where this lock was taken"
                        + (frames.size() > 1 ? "; the stack goes on at " + frames.get(1).text() : "") + ")";
        sb.append("thread ").append(quote(label)).append(" {\n");
        String guess = !l.outerInferred() ? "" : l.outerMode() == AcquireMode.READ
                ? " (no frame of the stack is a path that writes it, so a reader's hold)"
                : " (the stack runs through a path that holds it for writing)";
        sb.append("  note ").append(quote(d.origin() + ": " + d.outer() + " is held" + mode(plan, l.outer(), l.outerMode(), true)
                + guess + held)).append('\n');
        String release = acquire(sb, plan, l.outer(), l.outerMode(), true);
        sb.append("  note ").append(quote(d.origin() + ": " + d.inner() + " taken" + mode(plan, l.inner(), l.innerMode(), false)
                + where)).append('\n');
        String inner = acquire(sb, plan, l.inner(), l.innerMode(), false);
        if (inner != null && !l.inner().equals(l.outer())) {
            sb.append("  ").append(inner).append('\n');
        }
        if (release != null) {
            sb.append("  ").append(release).append('\n');
        }
        sb.append("}\n");
    }

    /** Writes the statement that takes {@code lock}; returns the one that releases it, or null (a drain holds nothing). */
    private static String acquire(StringBuilder sb, ChainPlan plan, String lock, AcquireMode mode, boolean held) {
        if ("active_ref".equals(plan.kind(lock))) {
            if (held || mode == AcquireMode.READ) {
                sb.append("  read_trylock ").append(lock).append(" else return\n");
                return "read_unlock " + lock;
            }
            sb.append("  drain ").append(lock).append('\n');
            return null;
        }
        if (plan.rw(lock) && mode == AcquireMode.READ) {
            sb.append("  read_lock ").append(lock).append('\n');
            return "read_unlock " + lock;
        }
        sb.append("  lock ").append(lock).append('\n');
        return "unlock " + lock;
    }

    private static String mode(ChainPlan plan, String lock, AcquireMode mode, boolean held) {
        if ("active_ref".equals(plan.kind(lock))) {
            return held || mode == AcquireMode.READ ? " (a kernfs active reference: kernfs_get_active())"
                    : " for writing (kernfs_drain(): waits until every active reference is dropped)";
        }
        if (!plan.rw(lock)) {
            return "";
        }
        return switch (mode) {
            case READ -> " for reading";
            case WRITE -> " for writing";
            case UNKNOWN -> " for writing (the report does not show the mode; the exclusive reading)";
        };
    }

    private static void writer(StringBuilder sb, String lock) {
        String site = WRITE_SITES.getOrDefault(lock, "a writer of " + lock + " (the report does not show where it is written)");
        sb.append("thread ").append(quote("writer: " + lock)).append(" {\n");
        sb.append("  note ").append(quote("not a link of the report: the kernel takes " + lock + " for writing in " + site
                + "; a writer that waits makes every later reader wait (rwsem writer preference)")).append('\n');
        sb.append("  lock ").append(lock).append('\n');
        sb.append("  unlock ").append(lock).append('\n');
        sb.append("}\n");
    }

    /** A string literal of the language: one line, {@code \"} and {@code \\} escaped, printable characters only. */
    static String quote(String s) {
        return quote(s, MAX_NOTE);
    }

    private static String quote(String s, int max) {
        String line = oneLine(s);
        if (line.length() > max) {
            line = line.substring(0, max - 3) + "...";
        }
        return "\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.appendCodePoint(c < 0x20 || c == 0x7f || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c));
        return sb.toString();
    }
}
