package io.lockstep.explore;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.model.Expect;
import io.lockstep.model.Scenario;
import io.lockstep.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One scenario under every combination of some of its switches, each explored to the end: the
 * "patch 3 alone brings the deadlock back; 2 and 3 together make it guarded" table. Rows come in a
 * fixed order that reads like the story of a series: nothing applied first, then each switch alone,
 * then pairs, and so on, each group in the order the switches are declared.
 */
public final class SwitchMatrix {
    /** The verdict kinds of a row, as {@code expect KIND} would decide them. */
    public static final List<Finding.Kind> KINDS = List.of(Finding.Kind.DEADLOCK, Finding.Kind.INVERSION,
            Finding.Kind.GUARDED_INVERSION, Finding.Kind.RACE, Finding.Kind.VIOLATION);

    /** Whether a row shows a kind of finding. */
    public enum Cell { FOUND, NONE, UNSETTLED }

    /**
     * One combination: the values of the matrix's switches, a cell per {@link #KINDS} kind, how many of
     * the scenario's expect lines hold, the exploration, and the scenario it ran.
     */
    public record Row(Map<String, Boolean> values, Map<Finding.Kind, Cell> cells, int expectsHolding,
            int expects, boolean runtimeError, ExplorationResult result, Scenario scenario) {
        public Row {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            cells = java.util.Collections.unmodifiableMap(new EnumMap<>(cells));
        }
    }

    private SwitchMatrix() {}

    /** The combinations of {@code names} (switches of {@code scenario}), in story order. */
    public static List<Map<String, Boolean>> combinations(List<String> names) {
        if (names.size() > 12) {
            throw new IllegalArgumentException("at most 12 switches (4096 combinations), got " + names.size());
        }
        List<Integer> masks = new ArrayList<>();
        for (int m = 0; m < (1 << names.size()); m++) {
            masks.add(m);
        }
        // Fewer switches on first; within a group, the earlier-declared switches first (patch1 before patch2).
        masks.sort(Comparator.comparingInt(Integer::bitCount).thenComparing(SwitchMatrix::byFirstSwitchOn));
        List<Map<String, Boolean>> out = new ArrayList<>();
        for (int m : masks) {
            Map<String, Boolean> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), (m & (1 << i)) != 0);
            }
            out.add(values);
        }
        return out;
    }

    /** Orders two masks with as many bits by their lowest differing set index: {0,1} before {0,2} before {1,2}. */
    private static int byFirstSwitchOn(int a, int b) {
        int diff = a ^ b;
        if (diff == 0) {
            return 0;
        }
        int lowest = Integer.numberOfTrailingZeros(diff);
        return (a & (1 << lowest)) != 0 ? -1 : 1;
    }

    /** {@code scenario} with the given switch values, each marked as set by {@code by}. Names must be known. */
    public static Scenario withValues(Scenario scenario, Map<String, Boolean> values, String by) {
        return scenario.withSwitchValues(values, by);
    }

    /**
     * Explores every combination of {@code names}; {@code cancelled} is polled between rows (each row
     * has its own {@code limits}). Returns the rows run so far when cancelled.
     */
    public static List<Row> run(Scenario scenario, List<String> names, Limits limits, boolean checkRules,
            BooleanSupplier cancelled) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, Boolean> values : combinations(names)) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            rows.add(runOne(scenario, values, limits, checkRules, Progress.NONE));
        }
        return rows;
    }

    /** One row: {@code scenario} with {@code values} set, explored within {@code limits}. */
    public static Row runOne(Scenario scenario, Map<String, Boolean> values, Limits limits, boolean checkRules,
            Progress progress) {
        Scenario variant = withValues(scenario, values, "--matrix");
        ExplorationResult result = new Explorer(Program.compile(variant, checkRules)).explore(limits, progress);
        return row(values, variant, result);
    }

    static Row row(Map<String, Boolean> values, Scenario variant, ExplorationResult result) {
        Map<Finding.Kind, Cell> cells = new EnumMap<>(Finding.Kind.class);
        SourcePos nowhere = new SourcePos(variant.file(), 1, 1);
        for (Finding.Kind kind : KINDS) {
            Expect probe = new Expect(Expect.Kind.valueOf(kind.name()), true, List.of(), nowhere);
            boolean found = result.findings().stream().anyMatch(f -> Verdict.matches(probe, f.finding()));
            cells.put(kind, found ? Cell.FOUND : result.complete() ? Cell.NONE : Cell.UNSETTLED);
        }
        List<Verdict> verdicts = Verdict.decide(variant.expects(), result);
        int holding = (int) verdicts.stream().filter(v -> v.status() == Verdict.Status.HOLDS).count();
        boolean runtimeError = !result.ofKind(Finding.Kind.RUNTIME_ERROR).isEmpty();
        return new Row(values, cells, holding, verdicts.size(), runtimeError, result, variant);
    }
}
