package io.masthead.admin.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Which words changed between two versions of a text, as runs of kept, removed and added words. */
public final class WordDiff {

    public enum Change {
        SAME, REMOVED, ADDED
    }

    public record Run(Change change, String text) {

        public boolean removed() {
            return change == Change.REMOVED;
        }

        public boolean added() {
            return change == Change.ADDED;
        }
    }

    private WordDiff() {
    }

    public static List<Run> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(runs, Change.SAME, a.subList(at, start));
            add(runs, Change.REMOVED, delta.getSource().getLines());
            add(runs, Change.ADDED, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(runs, Change.SAME, a.subList(at, a.size()));
        return runs;
    }

    public static boolean changed(List<Run> runs) {
        return runs.stream().anyMatch(r -> r.change() != Change.SAME);
    }

    /** Words and the whitespace between them, so the text reads back exactly as it was. */
    static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"));
    }

    private static void add(List<Run> runs, Change change, List<String> tokens) {
        if (!tokens.isEmpty()) {
            runs.add(new Run(change, String.join("", tokens)));
        }
    }
}
