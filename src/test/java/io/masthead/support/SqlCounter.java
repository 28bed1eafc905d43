package io.masthead.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;

/** Statements the application has sent to the database so far (Hibernate statistics, on in tests). */
@ApplicationScoped
public class SqlCounter {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    @PersistenceUnitExtension
    RecordedStatements statements;

    /**
     * Statements for what readers and editors asked for. The content version every commit bumps
     * in the background, for the other instances, is not counted: it is no page's work, and it
     * lands whenever its thread gets to it, in the middle of whatever a test measures.
     */
    public long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount() - statements.contentVersionStatements();
    }

    /** Queries Hibernate had to parse and translate because its plan cache did not have them. */
    public long queryPlanMisses() {
        return sessionFactory.getStatistics().getQueryPlanCacheMissCount();
    }
}
