package io.lockstep.cli;

import io.lockstep.event.Finding;
import io.lockstep.explore.SwitchMatrix;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code lockstep check --matrix}: one row per combination of switches with the verdict of each
 * kind, as a table a speaker can read aloud ("patch 3 alone brings the deadlock back").
 */
final class MatrixReport {
    private static final List<String> HEADINGS = List.of("deadlock", "inversion", "guarded", "race", "violation");

    private final PrintWriter out;

    MatrixReport(PrintWriter out) {
        this.out = out;
    }

    void print(String file, String title, String release, List<String> names, String others,
            List<SwitchMatrix.Row> rows, int combinations) {
        out.println(file + ": \"" + title + "\"" + (release == null ? "" : " (kernel model " + release + ")"));
        out.println(combinations + " combinations of " + String.join(", ", names)
                + (others.isEmpty() ? "" : "; " + others));
        out.println();
        List<List<String>> table = new ArrayList<>();
        List<String> heading = new ArrayList<>(names);
        heading.add("|");
        heading.addAll(HEADINGS);
        heading.add("|");
        heading.add("expect");
        heading.add("states");
        table.add(heading);
        for (SwitchMatrix.Row row : rows) {
            List<String> cells = new ArrayList<>();
            row.values().values().forEach(on -> cells.add(on ? "on" : "off"));
            cells.add("|");
            for (Finding.Kind kind : SwitchMatrix.KINDS) {
                cells.add(switch (row.cells().get(kind)) {
                    case FOUND -> kind == Finding.Kind.GUARDED_INVERSION ? "guarded" : kind.words;
                    case NONE -> "-";
                    case UNSETTLED -> "?";
                });
            }
            cells.add("|");
            cells.add(row.expects() == 0 ? "" : row.expectsHolding() + "/" + row.expects());
            cells.add(String.format(Locale.ROOT, "%,d", row.result().states())
                    + (row.result().complete() ? "" : " (stopped: " + row.result().stopReason() + ")")
                    + (row.runtimeError() ? "  runtime error" : ""));
            table.add(cells);
        }
        printAligned(table);
        out.println();
        out.println("A cell names the finding when some interleaving shows it, '-' when none does, '?' when a limit"
                + " stopped the exploration first. 'expect': how many of the file's expect lines hold.");
        if (rows.size() < combinations) {
            out.println("Stopped after " + rows.size() + " of " + combinations + " combinations.");
        }
    }

    private void printAligned(List<List<String>> table) {
        int columns = table.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : table) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(c == columns - 1 ? cell : cell + " ".repeat(width[c] - cell.length() + 1));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
