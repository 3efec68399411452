package nl.nts.platform.core.store;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import nl.nts.platform.api.model.Budget;

@Embeddable
public class BudgetValue {

    @Column(name = "BUDGET_TOTAL", precision = 15, scale = 2)
    private BigDecimal total;

    @Column(name = "BUDGET_PUBLIC", precision = 15, scale = 2)
    private BigDecimal publicFunding;

    @Column(name = "BUDGET_PRIVATE", precision = 15, scale = 2)
    private BigDecimal privateFunding;

    @Column(name = "FUNDING_SOURCE", length = 200)
    private String fundingSource;

    public void assign(Budget budget) {
        total = budget == null ? null : budget.total();
        publicFunding = budget == null ? null : budget.publicFunding();
        privateFunding = budget == null ? null : budget.privateFunding();
        fundingSource = budget == null ? null : budget.fundingSource();
    }

    public Budget toRecord() {
        return total == null && publicFunding == null && privateFunding == null && fundingSource == null ? null
                : new Budget(total, publicFunding, privateFunding, fundingSource);
    }
}
