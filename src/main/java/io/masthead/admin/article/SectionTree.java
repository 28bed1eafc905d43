package io.masthead.admin.article;

import io.masthead.section.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sections as the newsroom lists them: each top-level section by position and name, its subsections under it. */
public final class SectionTree {

    private static final Comparator<Section> ORDER = Comparator.<Section>comparingInt(s -> s.position)
            .thenComparing(s -> s.name, String.CASE_INSENSITIVE_ORDER);

    private SectionTree() {
    }

    public static List<Section> ordered(List<Section> sections) {
        List<Section> ordered = new ArrayList<>();
        sections.stream().filter(s -> s.parent == null).sorted(ORDER).forEach(top -> {
            ordered.add(top);
            sections.stream().filter(s -> s.parent != null && s.parent.id.equals(top.id)).sorted(ORDER).forEach(ordered::add);
        });
        return ordered;
    }

    /** A subsection's name indented under its parent's (two no-break spaces and a dash), for a select. */
    public static String indented(Section section) {
        return section.parent == null ? section.name : "\u00a0\u00a0– " + section.name;
    }
}
