package io.masthead.search.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** SQL text and its parameters, built together so a placeholder is never without its value. */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql add(String fragment, Object... values) {
        text.append(fragment);
        Collections.addAll(params, values);
        return this;
    }

    Sql add(TsQuery query) {
        text.append(query.sql());
        params.addAll(query.params());
        return this;
    }

    /** "?, ?, ?" for the values, which are bound in order. */
    Sql list(Collection<?> values) {
        text.append(String.join(", ", Collections.nCopies(values.size(), "?")));
        params.addAll(values);
        return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement statement = c.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            statement.setObject(i + 1, value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value);
        }
        return statement;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
