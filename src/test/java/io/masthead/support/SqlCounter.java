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
}
