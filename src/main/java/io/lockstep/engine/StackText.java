package io.lockstep.engine;

import io.lockstep.model.ProcDecl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A thread's call stack as the window shows it, with each proc's arguments as they are now:
 * {@code online_pages(b=4) @ mm/memory_hotplug.c:online_pages}. Calls are inlined, so a frame's
 * parameters are the locals its call bound on entry (one {@code param = arg} instruction each, just
 * before the body); the nearest such binding before the pc belongs to the call that is running. An
 * argument whose local is dead at the pc (zeroed by the engine, never read again) shows its name.
 */
final class StackText {
    private StackText() {}

    static List<String> render(Program p, MachineState ms, int t) {
        Instr[] code = p.code[t];
        int pc = Math.min(ms.pc(t), code.length - 1);
        List<String> frames = code[pc].stack;
        List<String> out = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            out.add(frame(p, ms, t, pc, frames, i));
        }
        return out;
    }

    private static String frame(Program p, MachineState ms, int t, int pc, List<String> frames, int depth) {
        String text = frames.get(depth);
        int at = text.indexOf(" @ ");
        ProcDecl proc = at < 0 ? null : p.scenario.procs().get(text.substring(0, at));
        if (proc == null || proc.params().isEmpty()) {
            return text;
        }
        int[] slots = parameterSlots(p.code[t], pc, frames.subList(depth, frames.size()), proc.params());
        if (slots == null) {
            return text;
        }
        int[] dead = p.deadSlots[t][pc];
        List<String> args = new ArrayList<>();
        for (int k = 0; k < slots.length; k++) {
            String name = proc.params().get(k);
            int slot = slots[k];
            boolean live = Arrays.stream(dead).noneMatch(d -> d == slot);
            args.add(live ? name + "=" + ms.s[p.layout.locals(t) + slot] : name);
        }
        return proc.name() + "(" + String.join(", ", args) + ")" + text.substring(at);
    }

    /** The slots the running call of the frame {@code stack} bound its parameters to, or null if not found. */
    private static int[] parameterSlots(Instr[] code, int pc, List<String> stack, List<String> params) {
        for (int j = pc - 1; j >= 0; j--) {
            if (binds(code[j], stack, params.get(0)) && j + params.size() <= code.length) {
                int[] slots = new int[params.size()];
                for (int k = 0; k < params.size(); k++) {
                    Instr in = code[j + k];
                    if (!binds(in, stack, params.get(k))) {
                        return null;
                    }
                    slots[k] = in.slot;
                }
                return slots;
            }
        }
        return null;
    }

    private static boolean binds(Instr in, List<String> stack, String param) {
        return in.op == Instr.Op.LET && in.source.startsWith(param + " = ") && in.stack.equals(stack);
    }
}
