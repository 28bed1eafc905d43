package io.masthead.web;

import io.masthead.media.Picture;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org nodes several pages share: the publisher, breadcrumbs, images and dates. */
@ApplicationScoped
public class StructuredData {

    public static final String CONTEXT = "https://schema.org";
    /** A static PNG (600x60, the size Google asks of news publisher logos). */
    static final String LOGO = "/assets/logo.png";
    /** The widest stored variant: what search engines and social cards are pointed at. */
    public static final int IMAGE_WIDTH = 1280;

    private final Site site;

    StructuredData(Site site) {
        this.site = site;
    }

    public static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", CONTEXT);
        node.put("@type", type);
        return node;
    }

    public Map<String, Object> publisher() {
        Map<String, Object> logo = new LinkedHashMap<>();
        logo.put("@type", "ImageObject");
        logo.put("url", site.absolute(LOGO));
        logo.put("width", 600);
        logo.put("height", 60);
        Map<String, Object> organization = node("NewsMediaOrganization");
        organization.remove("@context");
        organization.put("name", site.name());
        organization.put("url", site.absolute("/"));
        organization.put("logo", logo);
        return organization;
    }

    /** The publisher as a page's own node: what the home page says about the site. */
    public Map<String, Object> organization() {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@context", CONTEXT);
        organization.putAll(publisher());
        organization.put("description", site.tagline());
        return organization;
    }

    public Map<String, Object> breadcrumbs(List<Crumb> crumbs) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            item.put("item", site.absolute(crumbs.get(i).url()));
            items.add(item);
        }
        Map<String, Object> list = node("BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    public Map<String, Object> image(Picture picture) {
        int width = picture.widthUpTo(IMAGE_WIDTH);
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        image.put("url", site.absolute(picture.url(width)));
        image.put("width", width);
        image.put("height", picture.heightAt(width));
        return image;
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(site.zone()).withNano(0));
    }

    public String absolute(String path) {
        return site.absolute(path);
    }
}
