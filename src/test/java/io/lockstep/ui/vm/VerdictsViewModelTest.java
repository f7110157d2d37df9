package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.explore.Limits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Verdicts when the exploration could not finish: nothing is claimed that was not checked. */
class VerdictsViewModelTest {

    @Test
    void anExplorationStoppedByALimitClaimsNothingItDidNotSee() {
        try (SessionViewModel session = new SessionViewModel(new Limits(10, Duration.ofMinutes(1)))) {
            Pump pump = new Pump(session);
            session.open(Samples.read(Samples.HEADLINE));
            pump.settle();
            VerdictsViewModel verdicts = session.verdicts();
            // Only what was seen is claimed: the broken locking rule before v4.0's first step (the
            // window checks the rules), nothing else.
            assertTrue(verdicts.badges().stream().allMatch(b -> b.status() == Badge.Status.NOT_CHECKED
                    || b.kind() == Finding.Kind.VIOLATION && b.ruleOnly() && b.summary().contains("locking rule broken")),
                    verdicts.badges().toString());
            assertTrue(verdicts.expectations().stream().allMatch(r -> r.status() == ExpectRow.Status.UNSETTLED));
            assertTrue(verdicts.progressTextProperty().get().startsWith("Exploration under v4.0 stopped (the state limit"),
                    verdicts.progressTextProperty().get());

            session.find(Finding.Kind.DEADLOCK);
            assertTrue(verdicts.exploringProperty().get(), "finding what was not checked explores again");
            pump.settle();
            assertEquals(0, session.run().recordedStepsProperty().get(), "still nothing found: nothing loaded");
            assertTrue(session.statusProperty().get().startsWith("No deadlock found under v4.0 in the "),
                    session.statusProperty().get());
            assertTrue(!verdicts.exploringProperty().get(), "and it does not explore again by itself");
        }
    }

    @Test
    void badgesNameTheirKindAndTheShortestSchedule() {
        Badge found = new Badge(Finding.Kind.GUARDED_INVERSION, Badge.Status.FOUND, 1, "", false);
        assertEquals("Guarded inversion", found.title());
        assertEquals("found · 1 step", found.statusText());
        assertEquals("checking…", new Badge(Finding.Kind.RACE, Badge.Status.CHECKING, 0, "", false).statusText());
        assertEquals("rule broken · 0 steps",
                new Badge(Finding.Kind.VIOLATION, Badge.Status.FOUND, 0, "", false, true).statusText());
    }
}
