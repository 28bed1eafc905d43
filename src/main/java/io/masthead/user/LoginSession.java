package io.masthead.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One signed-in browser: found by the hash of its cookie's token, never by the token itself. */
@Entity
public class LoginSession extends PanacheEntityBase {

    @Id
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    public User user;

    public int userEpoch;
    public String csrfToken;
    public Instant createdAt;
    public Instant lastSeenAt;
    public String client;
}
