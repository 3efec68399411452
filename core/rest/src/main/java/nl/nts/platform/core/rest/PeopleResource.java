package nl.nts.platform.core.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.core.shared.People;
import nl.nts.platform.core.shared.People.Issued;
import nl.nts.platform.core.shared.People.Person;

/**
 * The people who log in, as the realm {@code karaf} keeps them (its backing engine:
 * {@code etc/users.properties} by default). Who may see and change whom is the people service's to
 * decide ({@link People}): {@code kia-operator} everyone, a {@code rom-admin:<ROM>} the people
 * wholly of their ROM. A password is sent, never answered, except one the platform generated:
 * that one is in the answer that set it, once.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    /**
     * A person to add.
     *
     * @param name     the user name, 2 to 64 letters, digits and {@code . _ @ -}
     * @param password the first password (at least 10 characters, not the name); absent to have one generated
     * @param roles    the roles, e.g. {@code ["rom-member:BOM"]}
     */
    public record PersonRequest(String name, String password, List<String> roles) {

        @Override
        public String toString() {
            return "PersonRequest[" + name + ", password=<hidden>, " + roles + "]";
        }
    }

    /** @param roles the roles the person holds from now on (those of their groups stay) */
    public record RolesRequest(List<String> roles) {
    }

    /** @param password the new password; absent to have one generated */
    public record PasswordRequest(String password) {

        @Override
        public String toString() {
            return "PasswordRequest[<hidden>]";
        }
    }

    /**
     * The answer to an addition or a new password.
     *
     * @param person   the person as listed
     * @param password the password the platform generated: store or hand it over now, it is not shown again;
     *                 absent when you chose it
     */
    public record IssuedAnswer(Person person, String password) {

        @Override
        public String toString() {
            return "IssuedAnswer[" + person + ", password=<hidden>]";
        }
    }

    private final People people;

    PeopleResource(People people) {
        this.people = people;
    }

    /** The people you may manage, by name, a page at a time like every collection. */
    @Operation(summary = "List the people you may manage", description = "The realm's accounts, by name, with their roles and groups; never a password or its hash." + " kia-operator manages everyone; rom-admin:<ROM> only people whose roles are all of their ROM, and grants only those roles (else 403 naming why).")
    @GET
    public Page<Person> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Requests.page(people.list(), page, size);
    }

    @Operation(summary = "Read one person", description = "404 when the realm has no such user; 403 when you may not manage them.")
    @GET
    @Path("{name}")
    public Person get(@PathParam("name") String name) {
        return people.get(name);
    }

    /** Adds a person ({@code 201}); a generated password is in this answer only. */
    @Operation(summary = "Add a person", description = "201; a password left out is generated and is in this answer only. 422 naming name, password or roles[i]; 409 when the name is taken (case ignored)." + " kia-operator manages everyone; rom-admin:<ROM> only people whose roles are all of their ROM, and grants only those roles (else 403 naming why).")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(PersonRequest request, @Context UriInfo uri) {
        PersonRequest body = Requests.required(request);
        Issued issued = people.add(body.name(), body.password(), body.roles());
        return Requests.created(uri, issued.person().name()).cacheControl(noStore())
                .entity(new IssuedAnswer(issued.person(), issued.password())).build();
    }

    /** Gives the person exactly these roles (besides those of their groups). */
    @Operation(summary = "Set a person's roles", description = "Exactly these roles (those of their groups stay); their sessions and tokens carry only the roles still held from the next request on. 409 when no account would hold kia-operator.")
    @PUT
    @Path("{name}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person setRoles(@PathParam("name") String name, RolesRequest request) {
        return people.setRoles(name, Requests.required(request).roles());
    }

    /** Sets a new password; it counts from the person's next login. A generated one is in this answer only. */
    @Operation(summary = "Set a new password for a person", description = "It counts from their next login; {} has one generated, in this answer only. 422 naming password.")
    @PUT
    @Path("{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("name") String name, PasswordRequest request) {
        Issued issued = people.resetPassword(name, request == null ? null : request.password());
        return Response.ok(new IssuedAnswer(issued.person(), issued.password())).cacheControl(noStore()).build();
    }

    /** Removes the person ({@code 204}): their web sessions and API tokens stop at once. */
    @Operation(summary = "Remove a person", description = "204; their web sessions and API tokens stop at once. 409 for your own account or the last one holding kia-operator.")
    @DELETE
    @Path("{name}")
    public Response remove(@PathParam("name") String name) {
        people.remove(name);
        return Response.noContent().build();
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return noStore;
    }
}
