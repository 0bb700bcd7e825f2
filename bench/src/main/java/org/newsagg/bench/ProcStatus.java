package org.newsagg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory as Linux reports it in {@code /proc/<pid>/status}: now (VmRSS) and peak (VmHWM). */
public record ProcStatus(long rssKb, long hwmKb) {

    public static final ProcStatus UNKNOWN = new ProcStatus(-1, -1);

    public static ProcStatus read(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            // Not Linux, or the process has exited: memory is then simply not known.
            return UNKNOWN;
        }
    }

    static ProcStatus parse(String status) {
        long rss = -1;
        long hwm = -1;
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) rss = kilobytes(line);
            if (line.startsWith("VmHWM:")) hwm = kilobytes(line);
        }
        return new ProcStatus(rss, hwm);
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.substring(line.indexOf(':') + 1).replace("kB", "").strip());
    }
}
