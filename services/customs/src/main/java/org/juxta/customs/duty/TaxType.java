package org.juxta.customs.duty;

/** The taxes an import is assessed for, in the order they are computed: each one's base may include the earlier. */
public enum TaxType {
    /** Customs duty, on the customs value. */
    DUTY,
    /** Excise on excisable goods (alcohol, tobacco, fuel, vehicles); ad valorem on the customs value plus duty. */
    EXCISE,
    /** Value added tax on the duty-paid value: customs value plus duty plus excise. */
    VAT
}
