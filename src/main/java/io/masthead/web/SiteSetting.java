package io.masthead.web;

import io.masthead.delivery.ContentChangeListener;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.Map;
import java.util.stream.Collectors;

/** A site setting an admin changed in the newsroom; configuration is the fallback. */
@Entity
@EntityListeners(ContentChangeListener.class)
public class SiteSetting extends PanacheEntityBase {

    public static final String SITE_NAME = "site.name";
    public static final String DISCLAIMER = "site.contributor-disclaimer";

    @Id
    public String settingKey;

    public String settingValue;

    /** Settings are one-line texts shown to readers (see {@link PlainText}). */
    @PrePersist
    @PreUpdate
    void cleanText() {
        settingValue = PlainText.line(settingValue);
    }

    public static Map<String, String> all() {
        return SiteSetting.<SiteSetting>listAll().stream()
                .collect(Collectors.toMap(s -> s.settingKey, s -> s.settingValue));
    }

    public static void put(String key, String value) {
        SiteSetting setting = findById(key);
        if (setting == null) {
            setting = new SiteSetting();
            setting.settingKey = key;
            setting.settingValue = value;
            setting.persist();
        } else {
            setting.settingValue = value;
        }
    }
}
