package org.juxta.customs.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.customs.api.model.BorderTransportMeans;
import org.juxta.customs.api.model.DeclarationType;
import org.juxta.customs.api.model.GoodsItem;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.api.model.Packages;
import org.juxta.customs.api.model.Party;
import org.juxta.customs.api.model.Quantity;
import org.juxta.customs.api.model.Totals;
import org.juxta.customs.api.model.TransportMode;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DeclarationRulesTest {

    @Test
    void aConsistentDeclarationPasses() {
        assertThatCode(() -> DeclarationRules.check(declaration(), null)).doesNotThrowAnyException();
        assertThatCode(() -> DeclarationRules.check(declaration(), "MN4050012")).doesNotThrowAnyException();
    }

    @Test
    void massesAreComparedAsNumbersNotAsWritten() {
        NewDeclaration declaration = declaration();
        declaration.getTotals().grossMass(new BigDecimal("25.500"));

        assertThatCode(() -> DeclarationRules.check(declaration, null)).doesNotThrowAnyException();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        NewDeclaration declaration = declaration();
        declaration.currency("XAU").importer(null);
        declaration.getItems().get(0).hsCode("999999").origin("QQQ");
        declaration.getTotals().packages(3);
        declaration.getTransport().containers(List.of("CSQU3054383", "CSQU3054383"));

        assertThat(fields(declaration, "MN5120733")).containsExactly("declarant.identifier", "importer",
                "transport.containers[1]", "currency", "items[0].hsCode", "items[0].origin", "totals.packages");
    }

    @Test
    void aPlateIsReadInAnyScriptButWithoutMarkup() {
        NewDeclaration declaration = declaration();
        declaration.getTransport().identification("12-34 УБА").trailers(List.of("蒙A 1234", "<b>"));

        assertThat(fields(declaration, null)).containsExactly("transport.trailers[1]");
    }

    @Test
    void aQuantityMustBeMoreThanNothing() {
        NewDeclaration declaration = declaration();
        declaration.getItems().get(0).getQuantity().amount(BigDecimal.ZERO);

        assertThat(fields(declaration, null)).containsExactly("items[0].quantity.amount");
    }

    @Test
    void anExportNeedsAnExporterAndATransitNeither() {
        assertThat(fields(declaration().type(DeclarationType.EXPORT).exporter(null), null)).containsExactly("exporter");
        assertThat(fields(declaration().type(DeclarationType.TRANSIT).importer(null), null)).isEmpty();
    }

    @Test
    void customsValuesAreSummedExactlyInMinorUnits() {
        NewDeclaration declaration = declaration();
        declaration.getItems().add(item("Tea, green", "090210", "0.500", 1L, 1));
        declaration.getTotals().customsValue(100_000_000_000_002L).packages(3).grossMass(new BigDecimal("26"));
        declaration.getItems().get(0).customsValue(100_000_000_000_000L);
        declaration.getItems().get(1).customsValue(1L);

        assertThat(fields(declaration, null)).containsExactly("totals.customsValue");
        declaration.getTotals().customsValue(100_000_000_000_001L);
        assertThat(fields(declaration, null)).isEmpty();
    }

    @Test
    void anAmendmentKeepsTypeDeclarantAndReference() {
        DeclarationEntity current = new DeclarationEntity();
        current.type = "IMPORT";
        current.declarantId = "MN4050012";
        current.localReference = "ALT-1";

        assertThatCode(() -> DeclarationRules.checkAmendment(current, declaration())).doesNotThrowAnyException();
        InvalidContentException refused = catchThrowableOfType(InvalidContentException.class,
                () -> DeclarationRules.checkAmendment(current, declaration().type(DeclarationType.EXPORT)
                        .localReference("ALT-2")));
        assertThat(refused.errors()).extracting(FieldError::field)
                .containsExactly("declaration.type", "declaration.localReference");
    }

    private static List<String> fields(NewDeclaration declaration, String callerDeclarant) {
        try {
            DeclarationRules.check(declaration, callerDeclarant);
            return List.of();
        } catch (InvalidContentException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    private static NewDeclaration declaration() {
        List<GoodsItem> items = new ArrayList<>();
        items.add(item("Sweaters of wool, knitted", "611011", "25.5", 500_000L, 2));
        return new NewDeclaration()
                .type(DeclarationType.IMPORT)
                .localReference("ALT-1")
                .procedureCode("4000")
                .declarant(new Party().identifier("MN4050012").name("Altai Customs Brokers").country("MNG"))
                .importer(new Party().identifier("MN7000001").name("Gobi Retail LLC").country("MNG"))
                .exporter(new Party().name("Erlian Export Co.").country("CHN"))
                .transport(new BorderTransportMeans().mode(TransportMode.ROAD).identification("1234УБА")
                        .nationality("MNG").containers(new ArrayList<>(List.of("CSQU3054383"))))
                .currency("USD")
                .totals(new Totals().packages(2).grossMass(new BigDecimal("25.5")).customsValue(500_000L))
                .items(items);
    }

    private static GoodsItem item(String description, String hsCode, String grossMass, long value, int packages) {
        return new GoodsItem().description(description).hsCode(hsCode).origin("CHN")
                .quantity(new Quantity().amount(BigDecimal.TEN).unit("NAR"))
                .grossMass(new BigDecimal(grossMass)).netMass(new BigDecimal(grossMass))
                .customsValue(value).packages(new Packages().count(packages).kind("CT"));
    }
}
