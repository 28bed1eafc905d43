package io.masthead.delivery;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * On any entity readers can see: once the transaction commits, announce {@link ContentChanged#COMMITTED}.
 * One notification per transaction, however many rows it touched.
 */
public class ContentChangeListener {

    private static final Object KEY = ContentChangeListener.class;

    @PostPersist
    @PostUpdate
    @PostRemove
    void touched(Object entity) {
        TransactionSynchronizationRegistry registry = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        if (registry.getTransactionKey() == null || registry.getResource(KEY) != null) {
            return;
        }
        registry.putResource(KEY, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    Arc.container().beanManager().getEvent().select(ContentChanged.class).fire(ContentChanged.COMMITTED);
                }
            }
        });
    }
}
