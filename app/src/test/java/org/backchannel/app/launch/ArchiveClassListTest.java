package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveClassListTest {

    @TempDir
    Path folder;

    private static final String LIBRARY = "org/lib/Thing";
    private static final String OWN = "org/own/Window";

    private List<Path> folders() throws IOException {
        Files.createDirectories(folder.resolve("org/own"));
        Files.write(folder.resolve(OWN + ".class"), new byte[] {1});
        return List.of(folder);
    }

    @Test
    void dropsTheClassesOfTheClasspathsFoldersAndTheLambdasTheyCreate() throws IOException {
        String ownLambda = "@lambda-proxy " + OWN + " run ()Ljava/lang/Runnable; ()V REF_invokeStatic " + OWN + " lambda$0 ()V ()V";
        String libraryLambda = "@lambda-proxy " + LIBRARY + " run ()Ljava/lang/Runnable; ()V REF_invokeStatic " + LIBRARY + " lambda$0 ()V ()V";
        String invoker = "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L";
        List<String> recorded = List.of("# NOTE: Do not modify this file.", "java/lang/Object", LIBRARY, OWN, ownLambda, libraryLambda, invoker);

        List<String> kept = ArchiveClassList.keep(recorded, true, folders());

        assertThat(kept).containsExactly("# NOTE: Do not modify this file.", "java/lang/Object", LIBRARY, libraryLambda, invoker);
    }

    @Test
    void dropsLinesJava17CannotReadAndALastLineThatMayBeCutShort() throws IOException {
        String tooLong = "@lambda-proxy " + LIBRARY + " " + "x".repeat(ArchiveClassList.LONGEST_LINE);
        String longest = LIBRARY + " " + "y".repeat(ArchiveClassList.LONGEST_LINE - LIBRARY.length() - 1);
        List<String> recorded = List.of(LIBRARY, tooLong, longest, "", "org/lib/Cut");

        assertThat(ArchiveClassList.keep(recorded, false, folders())).containsExactly(LIBRARY, longest);
        assertThat(ArchiveClassList.keep(recorded, true, folders())).containsExactly(LIBRARY, longest, "org/lib/Cut");
    }
}
