package io.masthead.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;

/** Statements the application has sent to the database so far (Hibernate statistics, on in tests). */
@ApplicationScoped
public class SqlCounter {

    @Inject
    SessionFactory sessionFactory;

    public long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /** Queries Hibernate had to parse and translate because its plan cache did not have them. */
    public long queryPlanMisses() {
        return sessionFactory.getStatistics().getQueryPlanCacheMissCount();
    }
}
