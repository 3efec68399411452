package nl.nts.platform.core.rest;

import java.util.Collection;
import java.util.List;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.Workshops;

/**
 * The ROMs that own a record a client submits, for {@link Tenancy}. Null means the record
 * names something that does not exist: the service's rules then refuse it with a 422 naming
 * the field, which tells the client more than a 403 would.
 */
final class Owners {

    private Owners() {
    }

    static Collection<String> ofPlan(Plans plans, Long plan) {
        try {
            return plan == null ? null : plans.get(plan).roms();
        } catch (NotFoundException e) {
            return null;
        }
    }

    static Collection<String> ofWorkshop(Workshops workshops, Long workshop) {
        try {
            return workshop == null ? null : List.of(workshops.get(workshop).rom());
        } catch (NotFoundException e) {
            return null;
        }
    }

    /**
     * A Dutch organisation belongs to the ROM of its province. One outside the Netherlands is
     * shared: every ROM's users may record it, as value chains run through other countries.
     */
    static Collection<String> ofOrganisation(ReferenceData referenceData, Organisation o) {
        if (!"NL".equals(o.country())) {
            return referenceData.roms().stream().map(Rom::code).toList();
        }
        for (Rom rom : referenceData.roms()) {
            for (Region region : rom.regions()) {
                if (region.province().equals(o.province() == null ? null : o.province().strip())) {
                    return List.of(rom.code());
                }
            }
        }
        return null;
    }
}
