package io.masthead.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import io.masthead.web.PlainText;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Locale;

/** Who did what and when: logins, publishing and role changes. Append-only. */
@Entity
public class AuditLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant occurredAt;
    public String username;
    public String action;
    public String target;
    public String detail;

    public static void record(String username, String action, String target, String detail) {
        AuditLog entry = new AuditLog();
        entry.occurredAt = Instant.now();
        // One line each, whatever a client typed (a username at the sign-in form, say).
        entry.username = username == null ? null : truncate(PlainText.line(username), 64);
        entry.action = action;
        entry.target = target == null ? null : truncate(PlainText.line(target), 200);
        entry.detail = detail == null ? null : truncate(PlainText.line(detail), 500);
        entry.persist();
    }

    public static List<AuditLog> latest(int limit) {
        return find("order by occurredAt desc, id desc").page(0, limit).list();
    }

    /**
     * Newest first, older than the entry {@code beforeId} (null: from the newest), and, given a
     * search, only entries whose user, action, target or detail contain it (any case).
     */
    public static List<AuditLog> page(String search, Long beforeId, int limit) {
        StringBuilder query = new StringBuilder("id < :before");
        Parameters params = Parameters.with("before", beforeId == null ? Long.MAX_VALUE : beforeId);
        if (search != null && !search.isBlank()) {
            query.append(" and (lower(username) like :q escape '!' or lower(action) like :q escape '!'"
                    + " or lower(target) like :q escape '!' or lower(detail) like :q escape '!')");
            params.and("q", "%" + search.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        return find(query + " order by id desc", params).page(0, limit).list();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
