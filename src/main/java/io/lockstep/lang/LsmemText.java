package io.lockstep.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of an lsmem table and the numbers lsmem writes in them (sizes, address ranges). */
final class LsmemText {
    private LsmemText() {}

    static final Pattern RANGE = Pattern.compile("0x([0-9a-fA-F]{1,16})-0x([0-9a-fA-F]{1,16})");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})(?:[.,](\\d{1,3}))?([KMGTPE]?)(?:i?B)?");

    /** A whitespace-separated word of a line and its 1-based first and last columns. */
    record Cell(String text, int from, int to) {}

    /** {start, bytes} of {@code 0xSTART-0xEND}, END inclusive; {-1, -1} when END is before START. */
    static long[] rangeBytes(Cell c) {
        Matcher m = RANGE.matcher(c.text());
        m.matches();
        long start = Long.parseUnsignedLong(m.group(1), 16);
        long end = Long.parseUnsignedLong(m.group(2), 16);
        return end < start ? new long[] {-1, -1} : new long[] {start, end - start + 1};
    }

    /** {@code 128M}, {@code 1.5G}, {@code 2G} (powers of 1024, as lsmem's size_to_human_string) or bytes. */
    static Long size(Cell c) {
        Matcher m = SIZE.matcher(c.text());
        if (!m.matches()) {
            return null;
        }
        int shift = 10 * "BKMGTPE".indexOf(m.group(3).isEmpty() ? "B" : m.group(3));
        try {
            long whole = Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
            String fraction = m.group(2) == null ? "" : m.group(2);
            long part = fraction.isEmpty() ? 0 : (Long.parseLong(fraction) << shift) / (long) Math.pow(10, fraction.length());
            return Math.addExact(whole, part);
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    static List<Cell> cells(String line) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            cells.add(new Cell(line.substring(start, i), start + 1, i));
        }
        return cells;
    }

}
