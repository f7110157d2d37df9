package io.lockstep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --matrix} takes an optional list of switch names: {@code --matrix patch2,patch3 FILE} and
 * {@code --matrix FILE} must both work, so the next word is taken as the list only when it reads like
 * names and is not a scenario file.
 */
public final class MatrixNamesConsumer implements CommandLine.IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        String next = args.isEmpty() ? null : args.peek();
        boolean names = next != null && next.matches("[A-Za-z_][\\w]*(,[A-Za-z_][\\w]*)*")
                && !next.endsWith(".lks") && !isFile(next);
        argSpec.setValue(names ? args.pop() : MatrixCheck.ALL);
    }

    private static boolean isFile(String word) {
        try {
            return Files.exists(Path.of(word));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
