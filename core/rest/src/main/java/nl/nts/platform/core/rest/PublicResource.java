package nl.nts.platform.core.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.shared.PublicPages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/**
 * A ROM's public input page, for people without an account (an entrepreneur between two
 * workshops): {@code GET /api/public/{rom}} says whether it takes input, {@code POST
 * /api/public/{rom}/inputs} leaves some. Every request here is anonymous, whatever it carries
 * ({@link Authentication}); the answer tells nothing of the platform's records, only that the
 * input was received. How often one address may leave input is {@link PublicPages}'.
 */
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    private final ReferenceData referenceData;
    private final Inputs inputs;
    private final PublicPages pages;

    PublicResource(ReferenceData referenceData, Inputs inputs, PublicPages pages) {
        this.referenceData = referenceData;
        this.inputs = inputs;
        this.pages = pages;
    }

    /** The page's ROM and whether it takes input now. */
    @Operation(summary = "Read a ROM's public input page",
            description = "The ROM's code and name, and whether its page takes input now (open). No login; every request here is anonymous.")
    @GET
    @Path("{rom}")
    public Map<String, Object> page(@Parameter(description = ApiTexts.ROM + "; an unknown code is a 404") @PathParam("rom") String code) {
        Rom rom = rom(code);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("rom", rom.code());
        page.put("name", rom.name());
        page.put("open", pages.open(rom.code()));
        return page;
    }

    /**
     * Leaves input on the ROM's page: {@code kind}, {@code theme}, {@code text}, optionally
     * {@code technologies} and {@code valueChain}, and {@code submission} with the organisation's
     * name and, with {@code contactConsent}, a contact name and e-mail. 201 with a receipt when
     * stored; 403 when the ROM's page is closed; 422 naming the field; 429 with Retry-After when
     * this address left as much as the page takes for a while.
     */
    @Operation(summary = "Leave input on a ROM's public page",
            description = "For people without an account; anonymous whatever the request carries. 201 with a receipt (rom, status, receivedAt) and nothing else."
            + " The input is the ROM's, has no workshop, enters its workflow's first state and is stamped public-page; the contact is shown only to the ROM's people and operators."
            + " 403 when the ROM's page is closed; 422 naming the field (a contact without consent: submission.contactConsent);"
            + " 429 with Retry-After when this address (IPv6: its /64 network), or all addresses together, left as much as the pages take for a while (a refused submission does not count).")
    @POST
    @Path("{rom}/inputs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Parameter(description = ApiTexts.ROM + "; an unknown code is a 404") @PathParam("rom") String code,
            @RequestBody(description = "What is read: kind, theme, text, optionally technologies and valueChain, and submission {\"organisation\": \"...\", \"contactName\": ..., \"contactEmail\": ..., \"contactConsent\": true}."
            + " The Input schema's other fields are the platform's to set", required = true) Input input, @Context HttpServletRequest request) {
        Rom rom = rom(code);
        String address = pages.address(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        PublicPages.Admission admission = pages.admit(address);
        if (admission instanceof PublicPages.Wait wait) {
            return Problems.tooMany(wait.everyone() ? "the public pages took as much input as they take for a while"
                    : "this address left as much input as the page takes for a while", wait.retryAfter());
        }
        PublicPages.Place place = (PublicPages.Place) admission;
        Input stored;
        try {
            stored = inputs.submitPublic(rom.code(), input == null ? Input.builder().build() : input);
        } catch (RuntimeException e) {
            place.release();
            throw e;
        }
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("rom", stored.rom());
        receipt.put("status", stored.status());
        receipt.put("receivedAt", stored.stamp().createdAt());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(201).entity(receipt).cacheControl(noStore).build();
    }

    private Rom rom(String code) {
        return referenceData.rom(code == null ? "" : code.strip()).orElseThrow(() -> new NotFoundException("ROM", code));
    }
}
