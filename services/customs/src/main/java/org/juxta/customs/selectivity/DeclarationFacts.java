package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.juxta.customs.api.model.DeclarationType;
import org.juxta.customs.api.model.GoodsItem;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.api.model.Party;

/**
 * What selectivity looks at in a declaration, derived once from it by {@link #of}.
 *
 * @param declarationId
 *            the declaration's id, which seeds the random selection
 * @param type
 *            import, export or transit
 * @param procedureCode
 *            the four-digit customs procedure code, e.g. {@code 4000}
 * @param declarant
 *            the declarant's identifier; {@code null} when it has none
 * @param importer
 *            the importer's identifier; {@code null} when there is no importer or it has no identifier
 * @param currency
 *            the ISO 4217 code of the declaration's values
 * @param declaredGrossMassGrams
 *            the declared total gross mass in grams
 * @param measuredGrossMassGrams
 *            the gross mass measured at the post (weighbridge) in grams; {@code null} when nothing was measured
 * @param declarantTrusted
 *            whether the declarant is an authorised economic operator
 * @param importerTrusted
 *            whether the importer is an authorised economic operator
 * @param items
 *            the goods items in declared order
 */
public record DeclarationFacts(UUID declarationId, DeclarationType type, String procedureCode, String declarant,
        String importer, String currency, long declaredGrossMassGrams, Long measuredGrossMassGrams,
        boolean declarantTrusted, boolean importerTrusted, List<ItemFacts> items) {

    public DeclarationFacts {
        Objects.requireNonNull(declarationId, "declarationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(currency, "currency");
        items = List.copyOf(items);
    }

    /**
     * The facts of a declaration as lodged or amended.
     *
     * @param trustedTraders
     *            the identifiers of the authorised economic operators
     * @param measuredGrossMass
     *            the gross mass measured at the post in kilograms, rounded to the gram; {@code null} when nothing was
     *            measured
     */
    public static DeclarationFacts of(UUID declarationId, NewDeclaration declaration, Set<String> trustedTraders,
            BigDecimal measuredGrossMass) {
        String declarant = identifier(declaration.getDeclarant());
        String importer = identifier(declaration.getImporter());
        List<GoodsItem> goods = declaration.getItems();
        List<ItemFacts> items = new ArrayList<>(goods.size());
        for (int i = 0; i < goods.size(); i++) {
            GoodsItem item = goods.get(i);
            int packages = item.getPackages() == null || item.getPackages().getCount() == null
                    ? 0
                    : item.getPackages().getCount();
            items.add(new ItemFacts(i + 1, item.getHsCode(), item.getOrigin(), grams(item.getGrossMass()),
                    grams(item.getNetMass()), item.getCustomsValue(), packages));
        }
        return new DeclarationFacts(declarationId, declaration.getType(), declaration.getProcedureCode(), declarant,
                importer, declaration.getCurrency(), grams(declaration.getTotals().getGrossMass()),
                measuredGrossMass == null ? null : grams(measuredGrossMass),
                declarant != null && trustedTraders.contains(declarant),
                importer != null && trustedTraders.contains(importer), items);
    }

    /** Whether the declaration goes through the trusted-trader lane. */
    public boolean trustedTrader() {
        return declarantTrusted || importerTrusted;
    }

    static long grams(BigDecimal kilograms) {
        return kilograms.setScale(3, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    private static String identifier(Party party) {
        return party == null ? null : party.getIdentifier();
    }
}
