package io.lockstep.engine;

import io.lockstep.model.LockDecl;
import io.lockstep.model.LockKind;
import io.lockstep.model.Scenario;
import java.util.List;

/**
 * A scenario compiled for the engine: lock classes and their instances, zones and blocks, each
 * thread's inlined code, and the layout of the state array. Immutable once built; shared by every
 * run and every exploring thread.
 */
public final class Program {
    final Scenario scenario;
    final StateLayout layout;
    final Instr[][] code;
    /** Per thread and pc: the local slots that are dead there (zeroed so equal states compare equal). */
    final int[][][] deadSlots;
    final int[] localsPerThread;
    final String[] threadLabels;

    final LockDecl[] classes;
    final int[] classBase;
    final int[] instanceClass;
    final String[] instanceNames;
    final String[] zoneNames;
    final boolean[] blockDefined;
    final long pagesPerBlock;
    final int[] initial;
    private final String[] placeNames;
    private final StepText stepText;
    private boolean checksRules;

    Program(Scenario scenario, StateLayout layout, Instr[][] code, int[][][] deadSlots, int[] localsPerThread,
            LockDecl[] classes, int[] classBase, int[] instanceClass, String[] instanceNames, String[] zoneNames,
            boolean[] blockDefined, long pagesPerBlock, int[] initial) {
        this.scenario = scenario;
        this.layout = layout;
        this.code = code;
        this.deadSlots = deadSlots;
        this.localsPerThread = localsPerThread;
        this.classes = classes;
        this.classBase = classBase;
        this.instanceClass = instanceClass;
        this.instanceNames = instanceNames;
        this.zoneNames = zoneNames;
        this.blockDefined = blockDefined;
        this.pagesPerBlock = pagesPerBlock;
        this.initial = initial;
        this.threadLabels = scenario.threads().stream().map(t -> t.label()).toArray(String[]::new);
        this.placeNames = namePlaces();
        this.stepText = new StepText(this);
    }

    /** Names every shared place by its state offset, as a scenario would write it. */
    private String[] namePlaces() {
        String[] names = new String[layout.baseLength()];
        int v = 0;
        for (String var : scenario.vars().keySet()) {
            names[layout.var(v++)] = var;
        }
        for (int b = 0; b < blockDefined.length; b++) {
            names[layout.blockState(b)] = "block(" + b + ").state";
            names[layout.blockOnlineType(b)] = "block(" + b + ").online_type";
            names[layout.blockSysfs(b)] = "block(" + b + ").sysfs";
            names[layout.blockDevOffline(b)] = "block(" + b + ").dev_offline";
            names[layout.blockNid(b)] = "block(" + b + ").nid";
        }
        for (int z = 0; z < zoneNames.length; z++) {
            names[layout.zonePresent(z)] = "zone(" + zoneNames[z] + ").present_pages";
            names[layout.zoneSpanned(z)] = "zone(" + zoneNames[z] + ").spanned_pages";
        }
        names[layout.nodePresent()] = "node_present_pages";
        names[layout.totalram()] = "totalram_pages";
        return names;
    }

    /** The shared place at a state offset, such as {@code zone(Movable).present_pages}. */
    public String placeName(int offset) {
        return placeNames[offset];
    }

    /** Compiles a resolved scenario, without the documented-rule checks ({@code assert_held ... rule}). */
    public static Program compile(Scenario scenario) {
        return compile(scenario, false);
    }

    /**
     * Compiles a resolved scenario. {@code checkRules}: whether {@code assert_held ... rule} statements
     * are kept; without them they compile to nothing, so they cost no state and no step.
     */
    public static Program compile(Scenario scenario, boolean checkRules) {
        Program program = new ProgramCompiler(scenario, checkRules).compile();
        program.checksRules = checkRules;
        return program;
    }

    /** Whether this program checks the documented locking rules. */
    public boolean checksRules() {
        return checksRules;
    }

    public Scenario scenario() {
        return scenario;
    }

    public StateLayout layout() {
        return layout;
    }

    /** A thread's compiled code, read-only: what a translator such as the Promela export follows. */
    public List<Instr> code(int t) {
        return List.of(code[t]);
    }

    /** The local slots of thread {@code t} that are dead at {@code pc} (the engine zeroes them there). */
    public int[] deadSlotsAt(int t, int pc) {
        return deadSlots[t][pc].clone();
    }

    /** How many local slots thread {@code t} has. */
    public int localCount(int t) {
        return localsPerThread[t];
    }

    /** The first lock instance of a class (a per-block class has one instance per block number). */
    public int lockClassBase(int cls) {
        return classBase[cls];
    }

    /** Whether a lock class is an array with one instance per block number. */
    public boolean lockClassPerBlock(int cls) {
        return classes[cls].perBlock();
    }

    public int threadCount() {
        return code.length;
    }

    public String threadLabel(int t) {
        return threadLabels[t];
    }

    public List<String> threadLabels() {
        return List.of(threadLabels);
    }

    public int lockInstanceCount() {
        return instanceNames.length;
    }

    public String lockInstanceName(int instance) {
        return instanceNames[instance];
    }

    /** Each lock instance's number by its name ({@code device_lock[4]}), as events name the locks. */
    public java.util.Map<String, Integer> lockInstancesByName() {
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (int i = 0; i < instanceNames.length; i++) {
            byName.put(instanceNames[i], i);
        }
        return byName;
    }

    public String lockClassName(int cls) {
        return classes[cls].name();
    }

    /** The name lockdep prints for a class ({@code kn->count} for kernfs active references). */
    public String lockdepName(int cls) {
        return classes[cls].displayName();
    }

    public int lockClassOf(int instance) {
        return instanceClass[instance];
    }

    public int lockClassCount() {
        return classes.length;
    }

    public LockKind lockKind(int instance) {
        return classes[instanceClass[instance]].kind();
    }

    public int lockClassIndex(String name) {
        for (int i = 0; i < classes.length; i++) {
            if (classes[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> zoneNames() {
        return List.of(zoneNames);
    }

    /** Block numbers 0 to this minus one may be defined; see {@link #isBlockDefined}. */
    public int blockNumberCount() {
        return blockDefined.length;
    }

    public boolean isBlockDefined(int block) {
        return block >= 0 && block < blockDefined.length && blockDefined[block];
    }

    public long pagesPerBlock() {
        return pagesPerBlock;
    }

    /** The lock instance a lock statement names now, in the state {@code s} of the thread whose locals start at {@code locals}. */
    int lockInstance(Instr in, int[] s, int locals) {
        if (in.index == null) {
            return classBase[in.lockClass];
        }
        return classBase[in.lockClass] + checkBlock(in.index.eval(s, locals));
    }

    /** Checks that {@code value} names a block of the memory layout; returns it as an int. */
    int checkBlock(long value) {
        if (value < 0 || value >= blockDefined.length || !blockDefined[(int) value]) {
            throw new ScenarioFault("unknown block number " + value + " (the memory layout defines "
                    + definedBlocksText() + ")");
        }
        return (int) value;
    }

    private String definedBlocksText() {
        StringBuilder sb = new StringBuilder();
        int start = -1;
        for (int b = 0; b <= blockDefined.length; b++) {
            boolean on = b < blockDefined.length && blockDefined[b];
            if (on && start < 0) {
                start = b;
            } else if (!on && start >= 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(start == b - 1 ? "" + start : start + ".." + (b - 1));
                start = -1;
            }
        }
        return sb.length() == 0 ? "no blocks" : "blocks " + sb;
    }

    /**
     * The statement a thread rests at, for the window, with its lock instance or place made concrete
     * as the reports print a step ({@code lock device_lock[4]}, not {@code lock device_lock[b]});
     * null when the thread is done.
     */
    public String nextStatement(MachineState s, int t) {
        int pc = s.pc(t);
        return pc < code[t].length && code[t][pc].op != Instr.Op.END ? stepText.render(s, t, code[t][pc]) : null;
    }

    /**
     * The call stack of a thread at its pc, innermost first, each frame with its arguments as they are
     * now: {@code "online_pages(b=4) @ mm/memory_hotplug.c:online_pages"}, then {@code thread "label"}.
     */
    public List<String> stackAt(MachineState s, int t) {
        return StackText.render(this, s, t);
    }

    /** Where in the kernel source the thread rests ({@code file.c:function}), or null. */
    public String atOf(MachineState s, int t) {
        return code[t][Math.min(s.pc(t), code[t].length - 1)].at;
    }
}
