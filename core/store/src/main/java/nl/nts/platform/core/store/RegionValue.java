package nl.nts.platform.core.store;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import nl.nts.platform.api.model.Region;

@Embeddable
public class RegionValue {

    @Column(name = "PROVINCE", nullable = false, length = 100)
    private String province;

    @Column(name = "NUTS2", nullable = false, length = 10)
    private String nuts2;

    @Column(name = "NUTS2_2021", nullable = false, length = 10)
    private String nuts2In2021;

    @Column(name = "ISO3166_2", nullable = false, length = 10)
    private String iso3166_2;

    protected RegionValue() {
        // for JPA
    }

    public RegionValue(Region region) {
        this.province = region.province();
        this.nuts2 = region.nuts2();
        this.nuts2In2021 = region.nuts2In2021();
        this.iso3166_2 = region.iso3166_2();
    }

    public Region toRecord() {
        return new Region(province, nuts2, nuts2In2021, iso3166_2);
    }
}
