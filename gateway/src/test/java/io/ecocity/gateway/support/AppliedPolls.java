package io.ecocity.gateway.support;

import io.ecocity.support.events.EventConsumer.AppliedPoll;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The polls the event consumer applied, each with the SQL statements it prepared, for tests to look at. */
@Singleton
public class AppliedPolls {

    /** A poll and the statements prepared on the consumer's thread since the poll before it. */
    public record Poll(AppliedPoll poll, List<String> statements) {
        public long statementsOn(String verb, String table) {
            return statements.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT))
                    .filter(s -> s.startsWith(verb) && s.matches("(?s).*\\b(into|from|update)\\s+" + table + "\\b.*"))
                    .count();
        }
    }

    private final List<Poll> polls = new ArrayList<>();

    void onPoll(@Observes AppliedPoll poll) {
        List<String> statements = RecordedStatements.takeConsumerStatements();
        synchronized (polls) {
            polls.add(new Poll(poll, statements));
        }
    }

    /** The poll that read the event of this id, if it has been applied. */
    public Optional<Poll> of(String eventId) {
        synchronized (polls) {
            return polls.stream().filter(p -> p.poll().eventIds().contains(eventId)).findFirst();
        }
    }
}
