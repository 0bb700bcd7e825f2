package org.newsagg.ingest.replay;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read, in words a user acts on. The exception's own text names a JDK class
 * ({@code java.nio.file.NoSuchFileException: x}) or repeats the path the message already starts with.
 */
final class ReadProblem {

    private ReadProblem() {}

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof CharacterCodingException) return "not UTF-8 text";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : "read error";
    }
}
