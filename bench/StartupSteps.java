import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the production start-up spends its time (issue 17): starts the application from the
 * extracted jar with Spring's BufferingApplicationStartup, then prints the JVM's time to "started"
 * (context refreshed, port open) and "ready" (start-up tasks done), the classes loaded, and the
 * start-up steps that took longest by their own time (children not counted) and in all.
 *
 * Run from the project root after ./mvnw -B -DskipTests package and extracting the jar:
 *   java -Djarmode=tools -jar target/answerable-*.jar extract --destination /tmp/x --application-filename answerable.jar
 *   ANSWERABLE_DATA_DIR=$(mktemp -d) java -cp '/tmp/x/answerable.jar:/tmp/x/lib/*' bench/StartupSteps.java [--server.port=0]
 */
public class StartupSteps {

    public static void main(String[] args) throws Exception {
        Class<?> application = Class.forName("org.answerable.Application");
        // This file runs in the source launcher's own class loader; the app must see only its own.
        Thread.currentThread().setContextClassLoader(application.getClassLoader());
        SpringApplication app = new SpringApplication(new DefaultResourceLoader(application.getClassLoader()), application);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(200_000);
        app.setApplicationStartup(startup);
        Map<String, Long> milestones = new HashMap<>();
        app.addListeners((ApplicationListener<ApplicationStartedEvent>) e -> milestones.put("started", uptime()),
                (ApplicationListener<ApplicationReadyEvent>) e -> milestones.put("ready", uptime()));
        try (ConfigurableApplicationContext context = app.run(args)) {
            System.out.printf("%nJVM uptime at started (port open): %d ms, at ready (runners done): %d ms, classes loaded: %d%n",
                    milestones.get("started"), milestones.get("ready"),
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
            report(startup.getBufferedTimeline().getEvents());
        }
        System.exit(0);
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void report(List<TimelineEvent> events) {
        Map<Long, Long> childNanos = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        List<String[]> rows = new ArrayList<>();
        Map<String, long[]> byName = new HashMap<>();
        for (TimelineEvent event : events) {
            StartupStep step = event.getStartupStep();
            long total = event.getDuration().toNanos();
            long self = total - childNanos.getOrDefault(step.getId(), 0L);
            StringBuilder tags = new StringBuilder();
            step.getTags().forEach(tag -> tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
            rows.add(new String[] {Long.toString(self), Long.toString(total), step.getName() + tags});
            byName.computeIfAbsent(step.getName(), n -> new long[2])[0] += self;
            byName.get(step.getName())[1]++;
        }
        System.out.println("\nLongest steps by own time (ms own / ms in all / step):");
        rows.stream().sorted(Comparator.comparingLong((String[] r) -> Long.parseLong(r[0])).reversed()).limit(40)
                .forEach(r -> System.out.printf("%7.0f %7.0f  %s%n", ms(r[0]), ms(r[1]), cut(r[2])));
        System.out.println("\nOwn time summed by step name (ms / count / step):");
        byName.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(15)
                .forEach(e -> System.out.printf("%7d %6d  %s%n", Duration.ofNanos(e.getValue()[0]).toMillis(),
                        e.getValue()[1], e.getKey()));
    }

    private static double ms(String nanos) {
        return Long.parseLong(nanos) / 1e6;
    }

    private static String cut(String text) {
        return text.length() > 150 ? text.substring(0, 150) + "…" : text;
    }
}
