package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcStatusTest {

    @Test
    void readsResidentAndPeakResidentKilobytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  412340 kB\nVmRSS:\t  398100 kB\nThreads:\t42\n";
        assertEquals(new ProcStatus(398100, 412340), ProcStatus.parse(status));
    }

    @Test
    void anUnreadableProcessIsUnknown() {
        assertEquals(ProcStatus.UNKNOWN, ProcStatus.read(Long.MAX_VALUE));
    }

    @Test
    void thisProcessHasAResidentSetOnLinux() {
        ProcStatus self = ProcStatus.read(ProcessHandle.current().pid());
        if (self.equals(ProcStatus.UNKNOWN)) return; // not Linux: nothing to read
        assertTrue(self.rssKb() > 0 && self.hwmKb() >= self.rssKb(), self.toString());
    }
}
