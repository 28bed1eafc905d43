package io.masthead.demo;

import io.masthead.article.Article;
import io.masthead.config.MastheadConfig;
import io.masthead.ops.StartupLock;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/** On start: the demo newsroom into an empty store, then synthetic articles if asked for. */
@ApplicationScoped
public class StoreSetup {

    private final MastheadConfig config;
    private final DemoNewsroom demo;
    private final SyntheticArticles synthetic;
    private final DemoAccounts accounts;
    private final StartupLock startupLock;

    StoreSetup(MastheadConfig config, DemoNewsroom demo, SyntheticArticles synthetic, DemoAccounts accounts,
            StartupLock startupLock) {
        this.config = config;
        this.demo = demo;
        this.synthetic = synthetic;
        this.accounts = accounts;
        this.startupLock = startupLock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            // Another instance may be starting on the same empty database: the first one fills it.
            startupLock.run(() -> {
                if (isEmpty()) {
                    demo.load();
                }
                if (config.demo().accounts()) {
                    accounts.createIfNone();
                }
            });
        }
        if (config.synthetic().articles() > 0) {
            synthetic.fillTo(config.synthetic().articles());
        }
    }

    /**
     * Whether the store holds no article, by looking for one: a count inside the startup lock's
     * transaction made H2 walk every row (80 s on a million articles, at every start).
     */
    @Transactional
    boolean isEmpty() {
        return Article.getEntityManager().createQuery("select a.id from Article a", Long.class).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
