package io.ecocity.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The child process of {@link AcknowledgedCommitsSurviveKillIT}: commits one row per transaction into an H2 file
 * database opened with the URL it is given, and prints {@code ack <n>} only once the commit of row n has returned,
 * as a service answers 200 only once its transaction has committed. Then it waits to be killed.
 */
public final class CommitOneAtATime {

    private CommitOneAtATime() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rows = Integer.parseInt(args[1]);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists acknowledged (id int primary key, body varchar(200))");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged values (?, ?)")) {
                for (int i = 1; i <= rows; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "observation " + i);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("ack " + i);
                    System.out.flush();
                }
            }
            Thread.sleep(60_000);
        }
    }
}
