package wenku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line a contributor sees in a terminal while a large site builds. */
class ProgressTest {

    @Test
    void barShowsCountAndShareForLargeStages() {
        assertEquals("wenku: parse   [===============>              ]  792/1584 documents  50%",
                Progress.line("parse", 792, 1584, "documents"));
        assertEquals("wenku: render  [==============================] 1738/1738 files 100%",
                Progress.line("render", 1738, 1738, "files"));
        assertEquals("wenku: parse   [>                             ]    0/1584 documents   0%",
                Progress.line("parse", 0, 1584, "documents"));
        assertEquals("wenku: assemble …", Progress.line("assemble", 0, 0, ""));
    }

    @Test
    void redrawsInPlaceAtMostEveryTenthOfASecondAndClearsAtTheEnd() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(out), true, now::get);
        p.stageStarted("parse", 1000);
        for (int i = 0; i < 500; i++) p.advanced(1);
        now.addAndGet(150_000_000L);
        p.advanced(1);
        p.clear();
        String[] frames = out.toString().split("\r\u001b\\[2K", -1);
        assertEquals(4, frames.length, out.toString()); // before the first, start, one redraw, clear
        assertTrue(frames[1].contains("   0/1000 documents"), frames[1]);
        assertTrue(frames[2].contains(" 501/1000 documents  50%"), frames[2]);
        assertEquals("", frames[3]);
    }

    @Test
    void smallBuildsShowStageNamesAndRedirectedOutputShowsNothing() {
        StringWriter out = new StringWriter();
        Progress small = new Progress(new PrintWriter(out), true, System::nanoTime);
        small.stageStarted("parse", 12);
        for (int i = 0; i < 12; i++) small.advanced(1);
        assertEquals("\r\u001b[2Kwenku: parse …", out.toString());

        StringWriter log = new StringWriter();
        Progress redirected = new Progress(new PrintWriter(log), false, System::nanoTime);
        redirected.stageStarted("parse", 1584);
        redirected.advanced(1584);
        redirected.clear();
        assertEquals("", log.toString());
    }
}
