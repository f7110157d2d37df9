package io.lockstep.engine;

import static io.lockstep.engine.SemanticsTest.allHold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per point of "verdicts a kernel developer can trust": kernfs active references, the
 * syscall restart, the lookup place, lock assertions and the locking rules, the v4.20 probe bug.
 */
class KernelFidelityTest {
    private static final String V420_ONLINE_4 = """
            use "v4.20"
            memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 online }
            """;

    @Test
    void aBlockingSysfsStoreDeadlocksWithEjectThroughTheActiveReference() {
        allHold(V420_ONLINE_4 + """
                proc lock_device_hotplug_sysfs() { lock device_hotplug_lock }
                thread "acpi" { call acpi_eject(4) }
                thread "udev" { call state_store(4, online) }
                expect deadlock
                expect inversion kn_active device_hotplug_lock
                """);
        ExplorationResult r = Scenarios.explore(V420_ONLINE_4 + """
                proc lock_device_hotplug_sysfs() { lock device_hotplug_lock }
                thread "acpi" { call acpi_eject(4) }
                thread "udev" { call state_store(4, online) }
                """);
        Finding.Deadlock d = (Finding.Deadlock) Scenarios.findings(r, Finding.Kind.DEADLOCK).get(0);
        assertTrue(d.summary().contains("waits for kn_active[4] held by \"udev\""), d.summary());
    }

    @Test
    void theShippedTrylockKeepsTheSameThreadsFromDeadlocking() {
        allHold(V420_ONLINE_4 + """
                thread "acpi" { call acpi_eject(4) }
                thread "udev" { call state_store(4, online) }
                expect no deadlock
                expect no inversion
                expect guarded inversion kn_active mem_hotplug_lock
                expect no race
                expect no violation
                """);
    }

    @Test
    void aRestartReissuesTheCallInProgressNotTheWholeThread() {
        allHold("""
                lock busy : mutex
                var writes = 0
                proc first_write() { read writes -> w  write writes = w + 1 }
                proc second_write() { trylock busy else restart  unlock busy }
                thread "writer" {
                  call first_write()
                  call second_write()
                  read writes -> n
                  assert n == 1 "the first file was written once"
                }
                thread "holder" { lock busy  unlock busy }
                expect no violation
                expect no deadlock
                """);
    }

    @Test
    void aRestartKeepsTheArgumentsOfTheCallerAndResetsTheCallee() {
        allHold("""
                lock busy : mutex
                var last = 0
                proc store(b) { let mine = b * 2  trylock busy else restart  write last = mine  unlock busy }
                thread "writer" {
                  let block = 3
                  call store(block)
                  read last -> l
                  assert l == 6 "the restarted call saw the caller's argument"
                }
                thread "holder" { lock busy  unlock busy }
                expect no violation
                """);
    }

    @Test
    void aThreadThatMayRestartForeverStillEndsTheExploration() {
        ExplorationResult r = Scenarios.explore("""
                lock busy : mutex
                proc spin() { trylock busy else restart  unlock busy }
                thread "holder" { lock busy  unlock busy }
                thread "writer" { call spin() }
                expect no deadlock
                """);
        assertTrue(r.complete(), "a restart that returns to a seen state closes a cycle");
    }

    @Test
    void twoSysfsWritersOnOneBlockDoNotRace() {
        allHold("""
                use "v4.20"
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 offline }
                thread "state"  { call state_store(4, online) }
                thread "online" { call online_store(4, 1) }
                expect no race
                expect no violation
                expect no deadlock
                """);
    }

    @Test
    void theRuleChecksFireInV418WhereTheCoverLetterSaysTheRulesAreBroken() {
        List<String> broken = ruleViolations("""
                use "v4.18"
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 offline
                         zone Movable blocks 6..7 absent }
                init memhp_auto_online = 1
                thread "online attr" { call online_store(4, 1) }
                thread "probe"       { call probe_store(6) }
                """);
        assertTrue(broken.stream().anyMatch(m -> m.contains("mem_hotplug_lock is not held for writing")
                && m.contains("online memory")), broken.toString());
        assertTrue(broken.stream().anyMatch(m -> m.contains("device_hotplug_lock is not held")
                && m.contains("adding memory")), broken.toString());
        assertTrue(broken.stream().anyMatch(m -> m.contains("device_hotplug_lock is not held")
                && m.contains("device_online()")), broken.toString());
    }

    @Test
    void theRuleChecksHoldInV420AndV614() {
        for (String release : List.of("v4.20", "v6.14")) {
            List<String> broken = ruleViolations("use \"" + release + "\"\n" + """
                    memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 offline
                             zone Movable blocks 6..7 absent }
                    init memhp_auto_online = 1
                    thread "online attr" { call online_store(4, 1) }
                    thread "probe"       { call probe_store(6) }
                    thread "eject"       { call acpi_eject(0) }
                    """);
            assertEquals(List.of(), broken, release);
        }
    }

    @Test
    void ruleChecksAreOffUnlessAsked() {
        ExplorationResult r = Scenarios.explore("""
                use "v4.18"
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 offline }
                thread "online attr" { call online_store(4, 1) }
                """);
        assertEquals(List.of(), Scenarios.findings(r, Finding.Kind.VIOLATION));
    }

    @Test
    void assertHeldChecksTheModeAndNamesTheStatement() {
        ExplorationResult r = Scenarios.explore("""
                lock sem : rwsem
                thread "t" { read_lock sem  assert_held sem write "wants the write side"  read_unlock sem }
                """);
        List<Finding> v = Scenarios.findings(r, Finding.Kind.VIOLATION);
        assertEquals(1, v.size(), v.toString());
        Finding.Violation f = (Finding.Violation) v.get(0);
        assertEquals(Finding.ViolationKind.LOCK_NOT_HELD, f.violation());
        assertTrue(f.message().contains("sem is not held for writing (it is held for reading) - wants the write side"),
                f.message());
        assertTrue(f.where().startsWith("test.lks:"), f.where());
        allHold("""
                lock sem : rwsem
                thread "t" { read_lock sem  assert_held sem read  assert_held sem  read_unlock sem }
                expect no violation
                """);
    }

    @Test
    void theV420ProbeBugUnlocksAnotherThreadsLock() {
        ExplorationResult r = Scenarios.explore("""
                use "v4.20"
                set probe_unlock_bug = on
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 absent }
                thread "eject" { call acpi_eject(0) }
                thread "probe" { call probe_store(4) }
                """);
        assertTrue(Scenarios.findings(r, Finding.Kind.VIOLATION).stream().map(f -> (Finding.Violation) f)
                .anyMatch(f -> f.violation() == Finding.ViolationKind.FOREIGN_UNLOCK
                        && f.message().contains("thread \"probe\" releases device_hotplug_lock, which thread \"eject\" holds")),
                Scenarios.findings(r, Finding.Kind.VIOLATION).toString());
    }

    @Test
    void theFixedProbeStoreNeverUnlocksAForeignLock() {
        allHold("""
                use "v4.20"
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 absent }
                thread "eject" { call acpi_eject(0) }
                thread "probe" { call probe_store(4) }
                expect no violation
                """);
    }

    @Test
    void aRuntimeErrorInsideAModelNamesTheModelTheProcAndTheCommandThatShowsIt() {
        ExplorationResult r = Scenarios.explore("""
                use "v4.20"
                memory { block_size 128M  zone Normal blocks 0..3 online }
                thread "t" { call online_pages(9) }
                """);
        Finding.RuntimeError e = (Finding.RuntimeError) Scenarios.findings(r, Finding.Kind.RUNTIME_ERROR).get(0);
        assertTrue(e.where().startsWith("kernel model v4.20, proc "), e.where());
        assertTrue(e.where().contains("see: lockstep show v4.20 "), e.where());
    }

    @Test
    void onlineKernelAndOnlineMovableChooseTheZoneWhosePresentPagesIsWritten() {
        String threads = """
                use "v4.18"
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 offline }
                thread "memtrace" { call memtrace_offline(3) }
                """;
        allHold(threads + """
                thread "udev" { call state_store(4, online_kernel) }
                expect race zone(Normal).present_pages
                """);
        allHold(threads + """
                thread "udev" { call state_store(4, online_movable) }
                expect no race zone(Normal).present_pages
                expect no violation
                """);
    }

    @Test
    void onlineKernelNeedsTheKernelZoneInTheLayout() {
        ExplorationResult r = Scenarios.explore("""
                use "v4.20"
                memory { block_size 128M  zone Movable blocks 0..1 offline }
                thread "udev" { call state_store(0, online_kernel) }
                """);
        Finding.RuntimeError e = (Finding.RuntimeError) Scenarios.findings(r, Finding.Kind.RUNTIME_ERROR).get(0);
        assertTrue(e.message().contains("zone Normal is not in the memory layout"), e.message());
    }

    @Test
    void v418ExposesABlockToTheOnlineFileBeforeItsNodeIsSet() {
        String threads = """
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 absent }
                thread "probe" { call probe_store(4) }
                thread "udev"  { call online_store(4, 1) }
                """;
        allHold("use \"v4.18\"\n" + threads + "expect race block(4).nid\n");
        allHold("use \"v4.20\"\n" + threads + "expect no race\n");
    }

    @Test
    void aProcReturnsAValueToTheCallerThatAsksForIt() {
        allHold("""
                var got = 0
                proc pick(a) { if a > 1 { return a * 2 }  return -1 }
                proc none() { }
                thread "t" {
                  call pick(3) -> x
                  call pick(0) -> y
                  call none() -> z
                  write got = x + y + z
                  read got -> g
                  assert g == 5 "6 - 1 + 0: a proc without return e gives 0"
                }
                expect no violation
                """);
    }

    @Test
    void deviceOnlineLeavesDevOfflineAloneWhenTheBusCallbackFails() {
        // memory_block_change_state() refuses a block that is going offline (-EINVAL), and
        // device_online() sets dev->offline = false only when the callback returned 0.
        allHold("""
                use "v4.18"
                memory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..5 offline }
                thread "t" {
                  set block 4 going_offline
                  call online_store(4, 1)
                  read block(4).dev_offline -> d
                  assert d == 1 "dev->offline stays true after -EINVAL"
                }
                expect no violation
                """);
    }

    private static List<String> ruleViolations(String body) {
        Scenario s = Scenarios.load(body);
        ExplorationResult r = new Explorer(Program.compile(s, true)).explore(Limits.DEFAULT, Progress.NONE);
        return Scenarios.findings(r, Finding.Kind.VIOLATION).stream().map(f -> (Finding.Violation) f)
                .filter(f -> f.violation() == Finding.ViolationKind.RULE_BROKEN).map(Finding.Violation::message).toList();
    }
}
