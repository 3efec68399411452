package nl.nts.platform.core.rest;

/**
 * Descriptions the OpenAPI document repeats on many operations (paging, sorting, the version a
 * write is based on), written once. They describe what {@link Requests} and the services do; when
 * that changes, change these with it.
 */
final class ApiTexts {

    static final String PAGE = "The page to return, counted from 1 (default 1)";
    static final String SIZE = "How many items a page holds, 1 to 200 (default 50)";
    static final String SORT = "The field to sort by, '-' in front for descending (e.g. -updatedAt); a field this list does not sort by is a 422. Sorts by: ";

    static final String TEXT_SEARCH = "Text to find anywhere in the searched fields, case ignored. Searched: ";

    static final String ID = "The record's id, as the lists and the Location of its creation give it; an unknown id is a 404";

    static final String IF_MATCH_PUT = "The version the change is based on, as the ETag of the read gave it (\"3\"); or send the body's version instead."
            + " Neither: 428; a stale If-Match: 412, a stale body version: 409";
    static final String IF_MATCH_DELETE = "Optional: the version the delete is based on, as the ETag of the read gave it (\"3\"); a stale one is a 412";

    static final String CREATE = "Answers 201 with the record, its address in Location and its version in ETag. A broken rule is a 422 listing every field at fault;"
            + " a taken code or unique number a 409; a record of another ROM, or a national one, a 403.";
    static final String WORKFLOW_CREATE = " It starts in its workflow's first state: another status is a 422.";
    static final String REPLACE = "Replaces the record with the body and answers it with its new ETag."
            + " The change must name the version it is based on: If-Match or the body's version (neither: 428; stale: 412 or 409)."
            + " A broken rule is a 422 listing the fields; a record the caller's ROM does not own is a 403.";
    static final String WORKFLOW_REPLACE = " The status changes only by workflow steps: a changed status is a 409.";
    static final String DELETE = "Answers 204 when it is gone. Refused with 409 while other records refer to it (the answer names them);"
            + " 403 for a record the caller's ROM does not own; 412 when If-Match is stale.";

    static final String TRANSITION_BODY = "The step to take: transition (its code, as the workflow lists it) and, where the step asks for one, a reason";
    static final String TRANSITION = "Answers the record in its new state, with its new ETag; the step is recorded in its history and the audit trail."
            + " 403 when the caller may not change the record or lacks the step's role; 422 when the step does not leave the record's state or needs a reason (naming transition or reason);"
            + " 409 when the workflow's hook refuses.";

    static final String HISTORY = "Every recorded state change, oldest first: from, to, transition, workflow, by whom, when and why.";

    static final String SINCE = "A date (YYYY-MM-DD, meaning its start in Amsterdam) or an ISO instant (2026-01-01T00:00:00Z). Required and not in the future (422);"
            + " text that is neither is a 400";
    static final String CHANGES = " Each change says when, who, what and the action's title. Newest first, a page at a time; at most 10,000 changes are reached (choose a later since).";

    static final String TECHNOLOGY = "A key technology's code, NTS01 to NTS10";
    static final String ROM = "A ROM's code, e.g. BOM, LIOF, IQ";
    static final String VALUE_CHAIN = "A value chain's code, e.g. VC01";

    private ApiTexts() {
    }
}
