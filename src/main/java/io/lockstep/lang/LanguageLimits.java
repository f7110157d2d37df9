package io.lockstep.lang;

/**
 * The limits the language puts on a scenario, each checked where the input is read or validated, so
 * that hostile input gets a positioned error instead of exhausting the stack, the heap or the
 * user's patience. Each is far above what a scenario of kernel locking needs (the bundled models
 * inline to a few hundred statements per thread) and far below what breaks the tool. The engine's
 * own capacity (threads, locks, state width) is checked by {@code engine.Capacity}.
 */
public final class LanguageLimits {
    private LanguageLimits() {}

    /** One file; larger is refused before it is read. */
    public static final int MAX_FILE_BYTES = 4 << 20;
    /** Every file of one scenario together (the scenario file and what it uses, bundled models included). */
    public static final long MAX_SOURCE_BYTES = 16L << 20;
    /** A file that uses a file that uses a file...: at most this many levels below the scenario file. */
    public static final int MAX_USE_DEPTH = 32;
    /** Nesting of braces, parentheses and operators inside one declaration (the parser's guard). */
    public static final int MAX_NESTING = TokenCursor.MAX_NESTING;
    /** Block numbers run from 0 to this minus one. */
    public static final int MAX_BLOCK_NUMBERS = MemoryParser.MAX_BLOCK + 1;
    /** The largest block_size: 4,096 blocks of it still count their pages in a 32-bit int. */
    public static final long MAX_BLOCK_SIZE = MemoryParser.MAX_BLOCK_SIZE;
    /** The characters of a proc's {@code why}: one or two sentences, which the narration shows whole. */
    public static final int MAX_WHY_CHARS = 400;
    /** Statements of all threads together once every call is inlined (each call counts as one). */
    public static final long MAX_INLINED_STATEMENTS = 1_000_000;
    /** How deep calls and if blocks nest along an inlined path. */
    public static final int MAX_INLINE_DEPTH = 256;
    /** Local slots of one thread once inlined (each inlined call has its own parameters and locals). */
    public static final int MAX_LOCALS_PER_THREAD = 1_024;
}
