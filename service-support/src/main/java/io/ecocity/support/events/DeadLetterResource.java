package io.ecocity.support.events;

import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * For an administrator: send what this service dead-lettered from a topic back to it once the cause is fixed.
 * The suite has no authentication of its own; expose {@code /api/admin} only where operators reach it.
 */
@Path("/api/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetterRedrive redrive;

    public DeadLetterResource(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    /** {@code topic} is the source topic, e.g. {@code water.samples}: its {@code .dlq} is read to its current end. */
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{topic}/redrive")
    @Blocking
    public DeadLetterRedrive.Result redrive(@PathParam("topic") String topic) {
        if (!TopicInitializer.suiteTopics().contains(topic) || topic.endsWith(".dlq")) {
            throw new NotFoundProblemException("no topic " + topic + " in the suite");
        }
        return redrive.redrive(topic);
    }
}
