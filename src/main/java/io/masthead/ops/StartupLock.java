package io.masthead.ops;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * One instance at a time sets up a shared store on start. Instances started together on an empty
 * database (two containers of one compose file) would otherwise each load the demo newsroom or
 * create the first admin, and all but one would fail on a unique key. The lock is a row lock on
 * content_state's single row: the same on H2 and PostgreSQL, and released by the commit.
 */
@ApplicationScoped
public class StartupLock {

    /** Long enough for the demo newsroom's images to be drawn on a busy machine. */
    static final int TIMEOUT_SECONDS = 600;

    private final EntityManager em;

    StartupLock(EntityManager em) {
        this.em = em;
    }

    /** Runs the work in a transaction of its own that first waits for every other instance's setup to commit. */
    public void run(Runnable work) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            em.createNativeQuery("select id from content_state where id = 1 for update").getResultList();
            work.run();
        });
    }
}
