package io.ecocity.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What {@code bench/run} was asked for. */
record BenchOptions(boolean quick, int runs, int ingestSeconds, int latencySeconds, int readSeconds,
                    Set<String> workloads, boolean postgres, String postgresHost, String postgresUser,
                    String postgresPassword, int basePort, String serviceHeap, String kafkaHeap,
                    List<String> serviceJvmOptions, int demoDays) {

    static final List<String> ALL = List.of("kafka", "rest", "latency", "reads", "statistics", "footprint");

    static String usage() {
        return String.join("\n",
                "bench/run [options]: start the broker and the four services on their own ports and data folder, run",
                "each workload at least three times and print the table (also written to bench/results/).",
                "",
                "  --quick              10-second workloads, 3 runs: for iterating",
                "  --runs N             runs of each workload (default 3)",
                "  --only a,b           workloads among " + String.join(",", ALL) + " (default all)",
                "  --db h2|postgres     H2 files (default) or the local PostgreSQL (databases ecocity_bench_<service>",
                "                       are created anew; the services must be the prod build: mvn -DskipTests package)",
                "  --pg-host HOST:PORT  PostgreSQL address (default 127.0.0.1:5432), --pg-user (postgres), --pg-password",
                "  --base-port N        gateway on N, air N+1, water N+2, waste N+3, Kafka N+12 (default 18080)",
                "  --demo-days N        days of the demo city loaded before the footprint is read (default 30, quick 0)",
                "  --service-heap SIZE  -Xmx of each service (default 256m, as ./ecocity run); --kafka-heap (512m)",
                "  --jvm-option OPT     an extra JVM option for every service (repeatable), e.g. -XX:+FlightRecorder");
    }

    static BenchOptions parse(String[] args) {
        boolean quick = false;
        Integer runs = null;
        Set<String> workloads = new LinkedHashSet<>(ALL);
        boolean postgres = false;
        String pgHost = "127.0.0.1:5432";
        String pgUser = "postgres";
        String pgPassword = "postgres";
        int basePort = 18080;
        String serviceHeap = "256m";
        String kafkaHeap = "512m";
        List<String> jvmOptions = new ArrayList<>();
        Integer demoDays = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--runs" -> runs = Integer.parseInt(value(args, ++i, arg));
                case "--only" -> {
                    workloads = new LinkedHashSet<>(List.of(value(args, ++i, arg).split(",")));
                    for (String workload : workloads) {
                        if (!ALL.contains(workload)) {
                            throw new IllegalArgumentException("unknown workload " + workload + "; known: " + ALL);
                        }
                    }
                }
                case "--db" -> {
                    String db = value(args, ++i, arg);
                    if (!db.equals("h2") && !db.equals("postgres")) {
                        throw new IllegalArgumentException("--db is h2 or postgres");
                    }
                    postgres = db.equals("postgres");
                }
                case "--pg-host" -> pgHost = value(args, ++i, arg);
                case "--pg-user" -> pgUser = value(args, ++i, arg);
                case "--pg-password" -> pgPassword = value(args, ++i, arg);
                case "--base-port" -> basePort = Integer.parseInt(value(args, ++i, arg));
                case "--service-heap" -> serviceHeap = value(args, ++i, arg);
                case "--kafka-heap" -> kafkaHeap = value(args, ++i, arg);
                case "--jvm-option" -> jvmOptions.add(value(args, ++i, arg));
                case "--demo-days" -> demoDays = Integer.parseInt(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        int effectiveRuns = runs == null ? 3 : runs;
        if (effectiveRuns < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        return new BenchOptions(quick, effectiveRuns, quick ? 10 : 60, quick ? 10 : 30, quick ? 5 : 15, workloads,
                postgres, pgHost, pgUser, pgPassword, basePort, serviceHeap, kafkaHeap, List.copyOf(jvmOptions),
                demoDays == null ? (quick ? 0 : 30) : demoDays);
    }

    boolean runs(String workload) {
        return workloads.contains(workload);
    }

    String postgresDatabase(String module) {
        return "ecocity_bench_" + module.replace("-service", "");
    }

    String postgresUrl(String module) {
        return "jdbc:postgresql://" + postgresHost + "/" + postgresDatabase(module);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
