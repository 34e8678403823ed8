package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.juxta.customs.api.model.DeclarationType;
import org.juxta.customs.api.model.GoodsItem;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.api.model.Packages;
import org.juxta.customs.api.model.Party;
import org.juxta.customs.api.model.Quantity;
import org.juxta.customs.api.model.Totals;

/** Declarations for selectivity tests, built as the API receives them and turned into facts as the service will. */
final class Declarations {

    static final UUID ID = UUID.fromString("6f1c2a53-0d8e-4c6b-9a51-2f4e7d9b3c10");
    static final String DECLARANT = "MN4050012";
    static final String IMPORTER = "MN7000001";

    private Declarations() {
    }

    /**
     * An import in USD by {@link #DECLARANT} for {@link #IMPORTER} under procedure 4000: item 1 wool sweaters
     * (611011) from CHN, 150.25 kg gross, 140 kg net, 12,500.50 USD, 10 packages; item 2 smartphones (851713) from
     * CHN, 310.5 kg gross, 250 kg net, 40,000.00 USD, 20 packages. Totals 460.75 kg.
     */
    static NewDeclaration phonesAndSweaters() {
        return declaration(item("611011", "CHN", "150.25", "140", 1_250_050L, 10),
                item("851713", "CHN", "310.5", "250", 4_000_000L, 20));
    }

    /** An import in USD by {@link #DECLARANT} for {@link #IMPORTER} under 4000 with these items, totals summed. */
    static NewDeclaration declaration(GoodsItem... items) {
        BigDecimal gross = BigDecimal.ZERO;
        long value = 0;
        int packages = 0;
        for (GoodsItem item : items) {
            gross = gross.add(item.getGrossMass());
            value += item.getCustomsValue();
            packages += item.getPackages().getCount();
        }
        return new NewDeclaration().type(DeclarationType.IMPORT).localReference("ALT-1").procedureCode("4000")
                .declarant(new Party().identifier(DECLARANT).name("Altai Customs Brokers").country("MNG"))
                .importer(new Party().identifier(IMPORTER).name("Gobi Retail LLC").country("MNG"))
                .exporter(new Party().name("Erlian Export Co.").country("CHN")).currency("USD")
                .totals(new Totals().packages(packages).grossMass(gross).customsValue(value))
                .items(new ArrayList<>(List.of(items)));
    }

    static GoodsItem item(String hsCode, String origin, String grossMass, String netMass, long customsValue,
            int packages) {
        return new GoodsItem().description("goods").hsCode(hsCode).origin(origin)
                .quantity(new Quantity().amount(BigDecimal.ONE).unit("NAR")).grossMass(new BigDecimal(grossMass))
                .netMass(new BigDecimal(netMass)).customsValue(customsValue)
                .packages(new Packages().count(packages).kind("CT"));
    }

    /** The facts of a declaration with id {@link #ID}, no trusted traders and nothing weighed. */
    static DeclarationFacts facts(NewDeclaration declaration) {
        return DeclarationFacts.of(ID, declaration, Set.of(), null);
    }
}
