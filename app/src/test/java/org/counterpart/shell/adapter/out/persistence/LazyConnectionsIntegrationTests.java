package org.counterpart.shell.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/** A transaction takes a connection from the pool only once it runs a statement, against the real database. */
@SpringBootTest
class LazyConnectionsIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTransactionWithoutStatementsTakesNoConnectionAndOneWithAStatementDoes() throws Exception {
        assertThat(dataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();

        // The pool is shared with the application's scheduled jobs: a measurement they disturb is taken again.
        boolean emptyTookNone = false;
        boolean queryTookOne = false;
        for (int attempt = 0; attempt < 5 && !(emptyTookNone && queryTookOne); attempt++) {
            int busyBefore = pool.getActiveConnections();
            int busyInEmpty = transactions.execute(status -> pool.getActiveConnections());
            int busyInQuery = transactions.execute(status -> {
                assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
                return pool.getActiveConnections();
            });
            int busyAfter = pool.getActiveConnections();
            if (busyBefore == busyAfter) {
                emptyTookNone = busyInEmpty == busyBefore;
                queryTookOne = busyInQuery == busyBefore + 1;
            }
        }

        assertThat(emptyTookNone).as("a transaction that runs nothing took no connection").isTrue();
        assertThat(queryTookOne).as("one that runs a query took one").isTrue();
    }
}
