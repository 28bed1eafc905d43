package io.masthead.feed;

import io.masthead.media.Picture;
import io.masthead.web.Site;
import io.masthead.web.StructuredData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RSS 2.0 with the Dublin Core, Media RSS and Atom (self link) namespaces. Every text field is
 * written HTML-escaped ({@link XmlOut#html}): readers treat titles, descriptions and names as HTML.
 */
final class RssWriter {

    /** RFC 822 dates as RSS wants them, always in GMT so no reader has to guess a zone name. */
    static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private RssWriter() {
    }

    static String write(Site site, FeedChannel channel, List<FeedItem> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (XmlOut xml = new XmlOut(bytes)) {
            xml.start("rss").attribute("version", "2.0")
                    .attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
                    .attribute("xmlns:media", "http://search.yahoo.com/mrss/")
                    .attribute("xmlns:atom", "http://www.w3.org/2005/Atom");
            xml.start("channel");
            xml.htmlElement("title", channel.title());
            xml.element("link", site.absolute(channel.pagePath()));
            xml.htmlElement("description", channel.description());
            xml.element("language", site.language());
            xml.start("atom:link").attribute("href", site.absolute(channel.feedPath()))
                    .attribute("rel", "self").attribute("type", "application/rss+xml").end();
            Instant newest = items.isEmpty() ? null : items.get(0).publishedAt();
            if (newest != null) {
                xml.element("lastBuildDate", RFC_822.format(newest));
            }
            for (FeedItem item : items) {
                item(xml, site, item);
            }
            xml.end().end();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void item(XmlOut xml, Site site, FeedItem item) {
        String url = site.absolute(item.path());
        xml.start("item");
        xml.htmlElement("title", item.title());
        xml.element("link", url);
        xml.start("guid").attribute("isPermaLink", "true").text(url).end();
        if (item.publishedAt() != null) {
            xml.element("pubDate", RFC_822.format(item.publishedAt()));
        }
        item.creators().forEach(name -> xml.htmlElement("dc:creator", name));
        item.categories().forEach(name -> xml.htmlElement("category", name));
        xml.htmlElement("description", item.description());
        Picture image = item.image();
        if (image != null) {
            int width = image.widthUpTo(StructuredData.IMAGE_WIDTH);
            xml.start("media:content").attribute("url", site.absolute(image.url(width)))
                    .attribute("medium", "image").attribute("type", "image/jpeg")
                    .attribute("width", Integer.toString(width))
                    .attribute("height", Integer.toString(image.heightAt(width)));
            if (item.imageAlt() != null && !item.imageAlt().isBlank()) {
                xml.start("media:description").attribute("type", "html").html(item.imageAlt()).end();
            }
            xml.htmlElement("media:credit", item.imageCredit());
            xml.end();
        }
        xml.end();
    }
}
