package io.masthead.settings;

import io.masthead.delivery.ContentChangeListener;
import io.masthead.web.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A setting an admin changed in the newsroom (Site settings), which overrides the configured
 * value ({@code masthead.site.*}); without one, configuration is the value.
 */
@Entity
@Table(name = "site_setting")
@EntityListeners(ContentChangeListener.class)
public class SettingOverride extends PanacheEntityBase {

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
        return SettingOverride.<SettingOverride>listAll().stream()
                .collect(Collectors.toMap(s -> s.settingKey, s -> s.settingValue));
    }

    public static void put(String key, String value) {
        SettingOverride setting = findById(key);
        if (setting == null) {
            setting = new SettingOverride();
            setting.settingKey = key;
            setting.settingValue = value;
            setting.persist();
        } else {
            setting.settingValue = value;
        }
    }
}
