package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with SIGKILL while it saves sessions, at random moments, many times: the session file
 * is always the old session or the new one, whole and readable, and so is its backup.
 */
class KilledSaveIT {

    /**
     * Twelve kills in the suite (each starts a JVM, about three seconds); a longer soak with
     * {@code -Dbackchannel.kills=200}. Every kill lands at a random moment of a save loop whose saves take
     * about 90 ms, so most land mid-save, and the test asks that some did.
     */
    private static final int KILLS = Integer.getInteger("backchannel.kills", 12);
    private static final int MAX_DELAY_MS = 500;

    @TempDir
    Path work;

    @Test
    void theFileIsAlwaysTheOldOrTheNewSessionNeverAMixture() throws Exception {
        SessionWriter writer = new SessionWriter();
        byte[] first = writer.toBytes(TestSessions.large(10_000, 1));
        byte[] second = writer.toBytes(TestSessions.large(10_000, 2));
        Path file = work.resolve("sessions").resolve("last.backchannel");
        Random random = new Random(20261206);
        int killedMidSave = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            long delay = random.nextInt(MAX_DELAY_MS);
            runAndKill(file, delay);
            if (Files.exists(file.resolveSibling("last.backchannel.tmp"))) {
                killedMidSave++;
            }
            byte[] saved = Files.readAllBytes(file);
            assertThat(Arrays.equals(saved, first) || Arrays.equals(saved, second))
                    .as("kill %d, %d ms in: the file is one of the two sessions, byte for byte", kill, delay).isTrue();
            assertThat(new SessionReader().read(file).scene().nodeIds()).hasSize(10_000);
            byte[] backup = Files.readAllBytes(SessionFiles.backupOf(file));
            assertThat(Arrays.equals(backup, first) || Arrays.equals(backup, second)).as("kill %d: the backup is whole", kill).isTrue();
        }
        System.out.printf("Killed %d saves at random moments; %d were in the middle of writing a file; every file was whole.%n",
                KILLS, killedMidSave);
        assertThat(killedMidSave).as("some kills must land while a save is being written").isPositive();
    }

    private static void runAndKill(Path file, long delayMillis) throws IOException, InterruptedException {
        // The child's output goes to a file: a pipe nobody drains could block it.
        Path log = file.resolveSibling("child.log");
        Files.createDirectories(file.getParent());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveUntilKilled.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && !Files.readAllLines(log, StandardCharsets.ISO_8859_1).contains("saving")
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("the child is saving; its log: " + Files.readString(log, StandardCharsets.ISO_8859_1)).isTrue();
        Thread.sleep(delayMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
}
