package io.lockstep.lockdep;

import io.lockstep.lockdep.ClassMapper.Mapping;
import io.lockstep.lockdep.LockdepReport.Dependency;
import io.lockstep.lockdep.LockdepReport.Frame;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a lockdep report into a standalone scenario: one lock per class of the cycle and one thread
 * per dependency, taking its two locks in the recorded order. It uses no kernel model, because a
 * report says only which classes nest, not which kernel paths took them; so every class is a plain
 * mutex (lockdep's read and write modes are not modelled), and the threads deadlock exactly when the
 * cycle is real for exclusive locks, which is what {@code expect deadlock} states.
 */
public final class ScenarioGenerator {
    /** The scenario's text and how each class was named. */
    public record Imported(String text, List<Mapping> mappings) {
        public List<Mapping> unmapped() {
            return mappings.stream().filter(m -> !m.mapped()).toList();
        }
    }

    // Frames of lockdep itself and of the lock primitives: the acquisition they record is in the caller.
    private static final Pattern PRIMITIVE = Pattern.compile("^(?:_*lock_acquire.*|_*mutex_lock.*|_*down_(?:read|write).*"
            + "|_*percpu_down_(?:read|write).*|_*raw_(?:spin|read|write)_lock.*|_*(?:spin|read|write)_lock(?:_.*)?"
            + "|rt_(?:mutex|spin).*|rwsem_.*|lock_map_acquire.*|check_.*|validate_chain.*|print_.*|save_trace.*"
            + "|stack_trace_.*|dump_stack.*|_*lockdep_.*|debug_.*|mark_lock.*|_*bfs.*|add_chain_cache.*|entry_SYSCALL.*)$");

    private static final int MAX_NOTE = 300;

    private ScenarioGenerator() {}

    /** The scenario for {@code report}; {@code source} names the report file in the header comment. */
    public static Imported generate(LockdepReport report, String source) {
        List<Dependency> deps = report.dependencies();
        Set<String> ordered = new LinkedHashSet<>();
        for (Dependency d : deps) {
            ordered.add(d.outer());
            ordered.add(d.inner());
        }
        List<Mapping> mappings = ClassMapper.map(new ArrayList<>(ordered));
        Map<String, String> lockOf = mappings.stream().collect(Collectors.toMap(Mapping::lockdepClass, Mapping::lock));
        StringBuilder sb = new StringBuilder();
        header(sb, report, source, mappings);
        String names = mappings.stream().map(Mapping::lock).collect(Collectors.joining(", "));
        String what = report.kind() == LockdepReport.Kind.RECURSIVE ? "recursive locking" : "circular locking dependency";
        sb.append("scenario ").append(quote("lockdep: possible " + what + " (" + names + ")")).append('\n');
        sb.append("describe ").append(quote(describe(report, deps, lockOf::get))).append("\n\n");
        for (Mapping m : mappings) {
            sb.append("lock ").append(m.lock()).append(" : mutex lockdep ").append(quote(m.lockdepClass()))
                    .append(m.mapped() ? "" : "    # unmapped: no bundled model declares this class").append('\n');
        }
        Set<String> labels = new HashSet<>();
        for (Dependency d : deps) {
            sb.append('\n');
            thread(sb, d, lockOf::get, labels);
        }
        sb.append('\n').append("expect deadlock");
        sb.append(report.kind() == LockdepReport.Kind.RECURSIVE ? "    # the thread takes a lock it holds: it waits for itself\n"
                : "\nexpect inversion " + names.replace(",", "") + "\n");
        return new Imported(sb.toString(), mappings);
    }

    private static void header(StringBuilder sb, LockdepReport report, String source, List<Mapping> mappings) {
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
        for (Mapping m : mappings) {
            sb.append("#   ").append(oneLine(m.lockdepClass())).append(" -> ").append(m.lock())
                    .append(m.mapped() ? "" : "   (unmapped)").append('\n');
        }
        for (LockdepReport.HeldLock h : report.held()) {
            sb.append("#   held when reported: #").append(h.index()).append(' ').append(oneLine(h.lockClass()))
                    .append(h.at().isEmpty() ? "" : ", at: " + oneLine(h.at())).append('\n');
        }
        sb.append("# Each thread is one dependency of the report and takes its two locks in the recorded order.\n");
        sb.append("# Every lock is a plain mutex: lockdep's read (rlock) and write modes are not modelled.\n\n");
    }

    private static String describe(LockdepReport report, List<Dependency> deps, Function<String, String> lock) {
        if (report.kind() == LockdepReport.Kind.RECURSIVE) {
            return "Lockdep saw a task take " + lock.apply(deps.get(0).inner()) + " while it already held a lock of the same"
                    + " class. Taken twice by one thread, the lock waits for itself.";
        }
        return "Lockdep recorded " + deps.size() + " lock-order dependencies that close a cycle. Each thread here takes one of"
                + " them in the recorded order; run together, they can each hold the lock the next one wants.";
    }

    private static void thread(StringBuilder sb, Dependency d, Function<String, String> lock, Set<String> labels) {
        String outer = lock.apply(d.outer());
        String inner = lock.apply(d.inner());
        String label = d.origin() + ": " + outer + " -> " + inner;
        for (int n = 2; !labels.add(label); n++) {
            label = d.origin() + " (" + n + "): " + outer + " -> " + inner;
        }
        List<Frame> frames = d.frames().stream().filter(f -> !PRIMITIVE.matcher(f.function()).matches()).toList();
        String where = frames.isEmpty() ? (d.frames().isEmpty() ? "; the report shows no stack for it" : "")
                : " at " + frames.get(0).text() + (frames.size() > 1 ? " (called from " + frames.get(1).text() + ")" : "");
        String held = d.outerAt() != null ? ", taken at " + oneLine(d.outerAt()) + " (the report's lock line)"
                : " (lockdep records the dependency, not where this lock was taken"
                        + (frames.size() > 1 ? "; the stack goes on at " + frames.get(1).text() : "") + ")";
        sb.append("thread ").append(quote(label)).append(" {\n");
        sb.append("  note ").append(quote(d.origin() + ": " + d.outer() + " is held" + held)).append('\n');
        sb.append("  lock ").append(outer).append('\n');
        sb.append("  note ").append(quote(d.origin() + ": " + d.inner() + " taken" + where)).append('\n');
        sb.append("  lock ").append(inner).append('\n');
        if (!inner.equals(outer)) {
            sb.append("  unlock ").append(inner).append('\n');
        }
        sb.append("  unlock ").append(outer).append('\n');
        sb.append("}\n");
    }

    /** A string literal of the language: one line, {@code \"} and {@code \\} escaped, printable characters only. */
    static String quote(String s) {
        String line = oneLine(s);
        if (line.length() > MAX_NOTE) {
            line = line.substring(0, MAX_NOTE - 3) + "...";
        }
        return "\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.appendCodePoint(c < 0x20 || c == 0x7f || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c));
        return sb.toString();
    }
}
