package io.lockstep.lang;

import static io.lockstep.lang.Lks.MINIMAL;
import static io.lockstep.lang.Lks.errors;
import static io.lockstep.lang.Lks.load;
import static io.lockstep.lang.Lks.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per validation rule: the message and where it points. MINIMAL has 3 lines, so added text starts at line 4. */
class ValidationTest {

    @Test
    void unknownProc() {
        assertEquals("4:14: unknown proc frobnicate",
                onlyError(load(MINIMAL + "thread \"t\" { call frobnicate(1) }\n")));
    }

    @Test
    void unknownProcSuggestsACloseName() {
        assertEquals("5:14: unknown proc helpr; did you mean helper?",
                onlyError(load(MINIMAL + "proc helper() at \"x.c:helper\" { }\nthread \"t\" { call helpr() }\n")));
    }

    @Test
    void missingEntryPointNamesTheKernelModel() {
        Loaded loaded = load("use \"v6.14\"\n" + MINIMAL + "thread \"t\" { call memtrace_offline(4) }\n");
        assertEquals("5:14: entry point memtrace_offline does not exist in kernel model v6.14", onlyError(loaded));
    }

    @Test
    void entryPointWithoutAKernelModelIsAnUnknownProc() {
        assertEquals("4:14: unknown proc memtrace_offline",
                onlyError(load(MINIMAL + "thread \"t\" { call memtrace_offline(4) }\n")));
    }

    @Test
    void wrongArity() {
        Loaded loaded = load("use \"v4.18\"\n" + MINIMAL + "thread \"t\" { call add_memory(4, 5) }\n");
        assertEquals("5:14: add_memory takes 1 argument, given 2", onlyError(loaded));
        assertEquals("5:14: p takes 2 arguments, given 0",
                onlyError(load(MINIMAL + "proc p(x, y) at \"x.c:p\" { }\nthread \"t\" { call p() }\n")));
    }

    @Test
    void unknownLock() {
        assertEquals("4:19: unknown lock b", onlyError(load(MINIMAL + "thread \"t\" { lock b unlock a }\n")));
    }

    @Test
    void perBlockLockWithoutIndex() {
        assertEquals("5:19: d is one lock per memory block; name the block: lock d[b]",
                onlyError(load(MINIMAL + "lock d[] : mutex\nthread \"t\" { lock d }\n")));
    }

    @Test
    void scalarLockWithIndex() {
        assertEquals("4:21: a is a single lock, not one per block; write unlock a without [...]",
                onlyError(load(MINIMAL + "thread \"t\" { unlock a[3] }\n")));
    }

    @Test
    void readLockOnAMutex() {
        assertEquals("4:24: read_lock needs an rwsem or percpu_rwsem, but a is a mutex; use lock a",
                onlyError(load(MINIMAL + "thread \"t\" { read_lock a }\n")));
        Loaded ok = load(MINIMAL + "lock r : rwsem\nlock p : percpu_rwsem\n"
                + "thread \"t\" { read_lock r read_unlock r read_lock p read_unlock p lock r unlock r }\n");
        Lks.assertOk(ok);
    }

    @Test
    void unknownVarInAPlace() {
        assertEquals("5:19: unknown var cuont; did you mean count?",
                onlyError(load(MINIMAL + "var count = 0\nthread \"t\" { read cuont -> c }\n")));
    }

    @Test
    void lockIsNotAVar() {
        assertEquals("4:20: a is a lock, not a var; only vars and counters can be read or written",
                onlyError(load(MINIMAL + "thread \"t\" { write a = 1 }\n")));
    }

    @Test
    void unknownZoneInAPlace() {
        assertEquals("4:19: unknown zone Norml; did you mean Normal?; the zones are DMA, DMA32, Normal, HighMem,"
                + " Movable, Device", onlyError(load(MINIMAL + "thread \"t\" { read zone(Norml).present_pages -> p }\n")));
    }

    @Test
    void unknownZoneInSetBlock() {
        assertEquals("4:14: unknown zone Moveable; did you mean Movable?; the zones are DMA, DMA32, Normal, HighMem,"
                + " Movable, Device", onlyError(load(MINIMAL + "thread \"t\" { set block 4 online zone Moveable }\n")));
    }

    @Test
    void unknownZoneInMemory() {
        Loaded loaded = load("scenario \"s\"\nmemory { zone Highmem blocks 0..1 online }\nthread \"t\" { }\n");
        assertEquals("2:15: unknown zone Highmem; did you mean HighMem?; the zones are DMA, DMA32, Normal, HighMem,"
                + " Movable, Device", onlyError(loaded));
    }

    @Test
    void unknownLocal() {
        assertEquals("4:26: unknown local y; declare it above with let y = ... or read PLACE -> y",
                onlyError(load(MINIMAL + "thread \"t\" { let x = 1 + y }\n")));
    }

    @Test
    void localsHaveFunctionScopeAndMustComeFirst() {
        Lks.assertOk(load(MINIMAL + """
                var v = 0
                proc p(n) at "x.c:p" {
                  if n > 0 { read v -> got  let twice = got * 2 } else { let twice = 0 }
                  assert twice >= 0 and not (got < 0) or n == 0 "non-negative"
                  set block n online zone Movable
                  if pages(n) != 32768 { note "odd size" }
                  if twice == online { return }
                }
                thread "t" { call p(4) }
                """));
        assertEquals("4:22: unknown local later; declare it above with let later = ... or read PLACE -> later",
                onlyError(load(MINIMAL + "thread \"t\" { let x = later  let later = 1 }\n")));
    }

    @Test
    void sharedVarInAnExpressionMustBeReadFirst() {
        assertEquals("5:22: v is a shared var; read it into a local first (read v -> v_now) and use the local",
                onlyError(load(MINIMAL + "var v = 1\nthread \"t\" { let x = v }\n")));
    }

    @Test
    void procCallingItself() {
        Loaded loaded = load(MINIMAL + "proc p() at \"x.c:p\" { call p() }\nthread \"t\" { call p() }\n");
        assertEquals("4:23: proc p calls itself; calls are inlined, so recursion is not allowed", onlyError(loaded));
    }

    @Test
    void callCycleThroughSeveralProcs() {
        Loaded loaded = load(MINIMAL + """
                proc p() at "x.c:p" { call q() }
                proc q() at "x.c:q" { if 1 == 1 { call r() } }
                proc r() at "x.c:r" { call p() }
                thread "t" { call p() }
                """);
        assertEquals("6:23: call cycle p -> q -> r -> p; calls are inlined, so recursion is not allowed",
                onlyError(loaded));
    }

    @Test
    void duplicateThreadLabels() {
        assertEquals("5:1: thread \"t\" is declared twice (first at test.lks:4:1); give each thread its own label",
                onlyError(load(MINIMAL + "thread \"t\" { }\nthread \"t\" { }\n")));
    }

    @Test
    void duplicateParameters() {
        assertEquals("4:11: parameter b is declared twice in proc p",
                onlyError(load(MINIMAL + "proc p(b, b) at \"x.c:p\" { }\nthread \"t\" { }\n")));
    }

    @Test
    void duplicateLockOrVarSaysWhereTheFirstIs() {
        assertEquals(List.of("4:1: lock a is already declared at test.lks:3:1",
                        "6:1: var a is already declared as a lock at test.lks:3:1",
                        "7:1: var v is already declared at test.lks:5:1"),
                errors(load(MINIMAL + "lock a : spinlock\nvar v = 1\nvar a = 2\nvar v = 3\nthread \"t\" { }\n")));
    }

    @Test
    void lockOfAUsedModelCannotBeRedeclared() {
        assertEquals("2:1: lock device_hotplug_lock is already declared at v4.18.lks:2:1",
                onlyError(load("use \"v4.18\"\nlock device_hotplug_lock : mutex\n" + MINIMAL.substring(MINIMAL.indexOf('\n') + 1)
                        .replace("memory", "scenario \"s\"\nmemory") + "thread \"t\" { }\n")));
    }

    @Test
    void varOfAUsedModelIsChangedWithInit() {
        assertEquals("2:1: var memhp_auto_online is already declared at v4.18.lks:5:1; to change its initial value,"
                + " write init memhp_auto_online = VALUE",
                onlyError(load("use \"v4.18\"\nvar memhp_auto_online = 1\n" + MINIMAL + "thread \"t\" { }\n")));
    }

    @Test
    void procDeclaredTwiceInOneFile() {
        assertEquals("5:1: proc p is already declared at test.lks:4:1",
                onlyError(load(MINIMAL + "proc p() at \"x.c:p\" { }\nproc p() at \"x.c:p\" { }\nthread \"t\" { }\n")));
    }

    @Test
    void unknownBundledModel() {
        assertEquals("1:1: unknown kernel model \"v4.19\"; did you mean v4.18?; the bundled ones are v4.0, v4.18, v4.20,"
                + " v6.14 (a file of your own needs a relative path such as \"./mine.lks\")",
                onlyError(load("use \"v4.19\"\n" + MINIMAL + "thread \"t\" { }\n")));
    }

    @Test
    void relativeUseWithoutAFolder() {
        assertEquals("1:1: cannot find \"./mine.lks\": this text has no folder yet; save it first",
                onlyError(load("use \"./mine.lks\"\n" + MINIMAL + "thread \"t\" { }\n")));
    }

    @Test
    void twoKernelModels() {
        assertEquals("2:1: this scenario already uses kernel model v4.18 (at test.lks:1:1); a scenario can use only one"
                + " kernel model", onlyError(load("use \"v4.18\"\nuse \"v6.14\"\n" + MINIMAL + "thread \"t\" { }\n")));
    }

    @Test
    void atLeastOneThread() {
        assertEquals("1:1: a scenario needs at least one thread \"label\" { ... }", onlyError(load(MINIMAL)));
    }

    @Test
    void exactlyOneTitle() {
        assertEquals("1:1: a scenario file needs a title: add scenario \"what it shows\" at the top",
                onlyError(load("thread \"t\" { }\n")));
        assertEquals("2:1: scenario is given twice; the title is at test.lks:1:1",
                onlyError(load("scenario \"a\"\nscenario \"b\"\nthread \"t\" { }\n")));
        assertEquals("3:1: describe is given twice; the first is at test.lks:2:1",
                onlyError(load("scenario \"a\"\ndescribe \"x\"\ndescribe \"y\"\nthread \"t\" { }\n")));
    }

    @Test
    void initChangesAVarOfAUsedFile() {
        Loaded loaded = load("use \"v4.18\"\ninit memhp_auto_online = 1\n" + MINIMAL + "thread \"t\" { }\n");
        Lks.assertOk(loaded);
        assertEquals(1, loaded.scenario().vars().get("memhp_auto_online").initial());
        assertEquals("v4.18.lks", loaded.scenario().vars().get("memhp_auto_online").pos().file());
    }

    @Test
    void initOfAnUnknownVar() {
        assertEquals("2:1: init memhp_auto_onlin: there is no var memhp_auto_onlin; did you mean memhp_auto_online?",
                onlyError(load("use \"v4.18\"\ninit memhp_auto_onlin = 1\n" + MINIMAL + "thread \"t\" { }\n")));
        assertEquals("4:1: a is a lock, not a var; init only changes vars",
                onlyError(load(MINIMAL + "init a = 1\nthread \"t\" { }\n")));
    }

    @Test
    void memoryRules() {
        assertEquals("1:21: block_size must be a positive multiple of 4K, such as 128M",
                onlyError(load("memory { block_size 5000 }\nscenario \"s\" thread \"t\" { }\n")));
        assertEquals("2:3: block 3 is already in zone Normal (line 1); each block belongs to one range",
                onlyError(load("memory { zone Normal blocks 0..3 online\n  zone Movable blocks 3..5 offline }\n"
                        + "scenario \"s\" thread \"t\" { }\n")));
        assertEquals("1:29: the range 5..2 is backwards; write the lower block number first",
                onlyError(load("memory { zone Normal blocks 5..2 online }\nscenario \"s\" thread \"t\" { }\n")));
    }

    @Test
    void zoneOnlyWithOnline() {
        assertEquals("4:34: only 'online' can name a zone; drop 'zone' or set the block online",
                onlyError(load(MINIMAL + "thread \"t\" { set block 4 offline zone Movable }\n")));
    }

    @Test
    void raceMustNameAConcretePlace() {
        assertEquals("5:13: name the zone: write zone(Normal).present_pages with the zone's name instead of zone_of(...)",
                onlyError(load(MINIMAL + "thread \"t\" { }\nexpect race zone_of(1).present_pages\n")));
        assertEquals("5:16: name the block by its number, such as block(8).state",
                onlyError(load(MINIMAL + "thread \"t\" { }\nexpect no race block(1 + 1).state\n")));
        assertEquals("5:13: block 9 is not in the memory layout",
                onlyError(load(MINIMAL + "thread \"t\" { }\nexpect race block(9).online_type\n")));
        assertEquals("5:13: unknown zone DMA: the memory layout has no zone DMA",
                onlyError(load(MINIMAL + "thread \"t\" { }\nexpect race zone(DMA).spanned_pages\n")));
        assertEquals("5:13: unknown var nope",
                onlyError(load(MINIMAL + "thread \"t\" { }\nexpect race nope\n")));
    }

    @Test
    void inversionNamesMustBeLocks() {
        assertEquals("5:20: unknown lock c", onlyError(load(MINIMAL + "thread \"t\" { }\nexpect inversion a c\n")));
    }

    @Test
    void expectArgumentsAreNormalised() {
        Loaded loaded = load(MINIMAL + "var v = 0\nthread \"t\" { }\n" + """
                expect race zone(Movable).present_pages
                expect no race block(0x5).state
                expect race v
                expect no guarded inversion a
                expect race
                expect no violation
                """);
        Lks.assertOk(loaded);
        assertEquals(List.of("expect race zone(Movable).present_pages", "expect no race block(5).state",
                        "expect race v", "expect no guarded inversion a", "expect race", "expect no violation"),
                loaded.scenario().expects().stream().map(e -> e.text()).toList());
    }

    @Test
    void noScenarioWhenThereAreErrors() {
        assertNull(load(MINIMAL + "thread \"t\" { lock nope }\n").scenario());
    }

    @Test
    void allErrorsAreCollectedInOrder() {
        Loaded loaded = load(MINIMAL + """
                thread "t" { lock x  call nothing()  read nowhere -> v  let w = q }
                thread "u" { lock a[1] }
                """);
        assertEquals(List.of("4:19: unknown lock x", "4:22: unknown proc nothing", "4:43: unknown var nowhere",
                "4:65: unknown local q; declare it above with let q = ... or read PLACE -> q",
                "5:19: a is a single lock, not one per block; write lock a without [...]"), errors(loaded));
    }
}
