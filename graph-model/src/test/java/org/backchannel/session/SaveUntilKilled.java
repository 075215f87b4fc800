package org.backchannel.session;

import java.nio.file.Path;

/**
 * The child process of {@link KilledSaveIT}: saves two large sessions to one file in turn, as fast as
 * it can, until the parent kills it with SIGKILL.
 */
public final class SaveUntilKilled {

    private SaveUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Session first = TestSessions.large(10_000, 1);
        Session second = TestSessions.large(10_000, 2);
        SessionFiles files = new SessionFiles();
        files.save(first, file);
        System.out.println("saving");
        System.out.flush();
        while (true) {
            files.save(second, file);
            files.save(first, file);
        }
    }
}
