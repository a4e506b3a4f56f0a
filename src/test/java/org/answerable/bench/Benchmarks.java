package org.answerable.bench;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Runs every benchmark and prints a Markdown table to paste into docs/benchmarks.md. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(Runtime.version()).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / 1_048_576).append(" MB\n\n");
        out.append("| benchmark | runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
        String only = args.length == 0 ? "" : args[0];
        if (only.isEmpty() || only.equals("--quick")) {
            out.append(DeadlineBenchmark.run().line()).append('\n');
        }
        if (only.isEmpty() || only.equals("--import")) {
            ImportBenchmark.run().forEach(r -> out.append(r.line()).append('\n'));
        }
        if (only.isEmpty() || only.equals("--scale")) {
            List<String> notes = new ArrayList<>();
            ScaleBenchmark.run(notes).forEach(r -> out.append(r.line()).append('\n'));
            notes.forEach(note -> out.append('\n').append(note).append('\n'));
        }
        if (only.equals("--scale-data")) {
            out.setLength(0);
            out.append("Data directory (kept for bench/start-time.sh): ").append(ScaleBenchmark.dataOnly());
        }
        LoggerFactory.getLogger(Benchmarks.class).info("\n{}", out);
    }
}
