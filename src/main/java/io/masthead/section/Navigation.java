package io.masthead.section;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;

/** The site's section navigation, {cdi:nav.sections}; reread every minute so every instance follows edits. */
@Named("nav")
@ApplicationScoped
public class Navigation {

    public record Item(String name, String url) {
    }

    private volatile List<Item> sections;

    public List<Item> sections() {
        List<Item> current = sections;
        return current != null ? current : reload();
    }

    @Scheduled(every = "60s", delayed = "60s")
    void scheduledReload() {
        reload();
    }

    @Transactional
    public List<Item> reload() {
        List<Item> items = Section.topLevel().stream().map(s -> new Item(s.name, s.url())).toList();
        sections = items;
        return items;
    }
}
