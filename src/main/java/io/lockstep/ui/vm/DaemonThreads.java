package io.lockstep.ui.vm;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Single background threads that never keep the JVM alive after the window closes. */
final class DaemonThreads {
    private DaemonThreads() {}

    static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
