package io.lockstep.engine;

/** A step's statement with its lock instance or place made concrete, as the reports and the window show it. */
final class StepText {
    private final Program p;
    private final StateLayout l;

    StepText(Program p) {
        this.p = p;
        this.l = p.layout;
    }

    /** Such as {@code lock device_lock[8]} for {@code lock device_lock[b]}; the source text when it cannot be made concrete. */
    String render(MachineState ms, int t, Instr in) {
        int[] s = ms.s;
        int locals = l.locals(t);
        try {
            return switch (in.op) {
                case ACQUIRE, RELEASE, TRYLOCK, DRAIN, ACTIVATE -> {
                    String name = p.instanceNames[ms.status(t) == StateLayout.WAITING ? s[l.threadWait(t)]
                            : p.lockInstance(in, s, locals)];
                    String verb = in.source.substring(0, in.source.indexOf(' '));
                    String tail = in.op == Instr.Op.TRYLOCK ? in.source.substring(in.source.lastIndexOf(" else "))
                            : in.source.endsWith(" anyway") ? " anyway" : "";
                    yield verb + " " + name + tail;
                }
                case READ -> "read " + p.placeName(in.place.offset(p, s, locals)) + " -> " + in.source
                        .substring(in.source.lastIndexOf("-> ") + 3);
                case WRITE -> "write " + p.placeName(in.place.offset(p, s, locals)) + " = "
                        + in.value.eval(s, locals);
                case SET_BLOCK -> "set block " + in.index.eval(s, locals)
                        + (in.blockState == null ? "" : " " + in.blockState.keyword())
                        + (in.zone >= 0 ? " zone " + p.zoneNames[in.zone] : "");
                default -> in.source;
            };
        } catch (ScenarioFault f) {
            return in.source;
        }
    }
}
