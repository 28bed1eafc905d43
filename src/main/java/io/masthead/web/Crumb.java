package io.masthead.web;

import java.util.ArrayList;
import java.util.List;

/** One step of a breadcrumb trail, shown on the page and described in BreadcrumbList data. */
public record Crumb(String name, String url) {

    public static List<Crumb> trail(Crumb... steps) {
        List<Crumb> trail = new ArrayList<>();
        trail.add(new Crumb("Home", "/"));
        trail.addAll(List.of(steps));
        return trail;
    }
}
