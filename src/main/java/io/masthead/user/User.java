package io.masthead.user;

import io.masthead.author.Author;
import io.masthead.web.PlainText;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** A newsroom account. Authors need no account; an account may write as one author. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    public static final int BCRYPT_COST = 12;
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;
    public String displayName;
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    public Author author;

    public Instant createdAt;

    /**
     * Moves whenever the role, the password or the enabled flag changes, whichever code changed
     * them: a session carries the epoch it began in and ends when it no longer matches (so
     * re-enabling an account does not bring its old sessions back).
     */
    public int sessionEpoch;

    @Transient
    private String loadedState;

    @PostLoad
    void rememberLoadedState() {
        loadedState = sessionState();
    }

    /** The display name is shown in the newsroom: plain text, one line (see {@link PlainText}). */
    @PrePersist
    @PreUpdate
    void cleanText() {
        displayName = PlainText.line(displayName);
        String state = sessionState();
        if (loadedState != null && !loadedState.equals(state)) {
            sessionEpoch++;
        }
        loadedState = state;
    }

    private String sessionState() {
        return role + "|" + enabled + "|" + passwordHash;
    }

    public boolean isEditor() {
        return role.atLeast(Role.EDITOR);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    public boolean passwordMatches(String password) {
        return matches(passwordHash, password);
    }

    static boolean matches(String hash, String password) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (Exception e) {
            return false;
        }
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<User> allByName() {
        return list("select u from User u left join fetch u.author order by u.username");
    }

    public static boolean anyAdmin() {
        return count("role = ?1 and enabled = true", Role.ADMIN) > 0;
    }

    public static User create(String username, String displayName, String password, Role role) {
        User user = new User();
        user.username = username;
        user.displayName = displayName;
        user.role = role;
        user.enabled = true;
        user.createdAt = Instant.now();
        user.setPassword(password);
        user.persist();
        return user;
    }
}
