package org.juxta.customs.declaration;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.juxta.customs.api.model.BorderTransportMeans;
import org.juxta.customs.api.model.DeclarationType;
import org.juxta.customs.api.model.GoodsItem;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.api.model.Party;
import org.juxta.customs.api.model.SupportingDocument;
import org.juxta.customs.api.model.Totals;
import org.juxta.shared.validation.Violations;
import org.juxta.trade.ContainerNumber;
import org.juxta.trade.CurrencyCodes;
import org.juxta.trade.HarmonizedSystem;
import org.juxta.vocabulary.CountryCodes;

/**
 * What a declaration must satisfy beyond its schema before anything of it is stored: codes that exist
 * (HS 2022 subheadings, ISO 6346 container numbers, ISO 4217 currencies, country codes), parties the
 * declaration type needs, and totals equal to the sums of the items. Every violation is collected, so a
 * declarant fixes a rejected declaration in one go.
 */
final class DeclarationRules {

    private static final HarmonizedSystem HS = HarmonizedSystem.edition2022();
    /** A registration as on a plate: letters of any script (Mongolian plates are Cyrillic), digits, spaces, hyphens. */
    private static final Pattern REGISTRATION = Pattern.compile("[\\p{L}\\p{N} -]+");

    private DeclarationRules() {
    }

    /**
     * Checks a declaration lodged or amended by {@code callerDeclarant} (null: an officer, who may lodge
     * for any declarant); throws {@link org.juxta.shared.problem.InvalidContentException} listing every
     * problem.
     */
    static void check(NewDeclaration declaration, String callerDeclarant) {
        Violations violations = new Violations();
        checkParties(declaration, callerDeclarant, violations);
        checkTransport(declaration.getTransport(), violations);
        violations.require(CurrencyCodes.isActive(declaration.getCurrency()), "currency",
                "'" + declaration.getCurrency() + "' is not a currency in use (ISO 4217)");
        List<GoodsItem> items = declaration.getItems();
        for (int i = 0; i < items.size(); i++) {
            checkItem(items.get(i), "items[" + i + "]", violations);
        }
        checkTotals(declaration.getTotals(), items, violations);
        List<SupportingDocument> documents = declaration.getDocuments();
        for (int i = 0; documents != null && i < documents.size(); i++) {
            SupportingDocument document = documents.get(i);
            violations.require(document.getIssuedOn() == null || document.getIssuedOn().getYear() >= 1900,
                    "documents[" + i + "].issuedOn", "is not a plausible date");
        }
        violations.throwIfAny();
    }

    /** An amendment may change the content, not what identifies the declaration or who owns it. */
    static void checkAmendment(DeclarationEntity current, NewDeclaration amended) {
        Violations violations = new Violations();
        violations.require(current.type.equals(amended.getType().name()), "declaration.type",
                "cannot be amended: the declaration is " + current.type + "; cancel it and lodge another");
        violations.require(current.declarantId.equals(amended.getDeclarant().getIdentifier()),
                "declaration.declarant.identifier", "cannot be amended: the declarant is " + current.declarantId);
        violations.require(current.localReference.equals(amended.getLocalReference()),
                "declaration.localReference", "cannot be amended: it is " + current.localReference);
        violations.throwIfAny();
    }

    private static void checkParties(NewDeclaration declaration, String callerDeclarant, Violations violations) {
        Party declarant = declaration.getDeclarant();
        violations.require(declarant.getIdentifier() != null, "declarant.identifier",
                "is required: the declarant's registration number decides who may see the declaration");
        if (callerDeclarant != null && declarant.getIdentifier() != null) {
            violations.require(callerDeclarant.equals(declarant.getIdentifier()), "declarant.identifier",
                    "must be " + callerDeclarant + ", the declarant this client lodges as");
        }
        checkParty(declarant, "declarant", violations);
        checkParty(declaration.getRepresentative(), "representative", violations);
        checkParty(declaration.getImporter(), "importer", violations);
        checkParty(declaration.getExporter(), "exporter", violations);
        checkParty(declaration.getConsignor(), "consignor", violations);
        checkParty(declaration.getConsignee(), "consignee", violations);
        if (declaration.getType() == DeclarationType.IMPORT) {
            violations.require(declaration.getImporter() != null, "importer", "is required for an import");
        }
        if (declaration.getType() == DeclarationType.EXPORT) {
            violations.require(declaration.getExporter() != null, "exporter", "is required for an export");
        }
    }

    private static void checkParty(Party party, String field, Violations violations) {
        if (party != null) {
            checkCountry(party.getCountry(), field + ".country", violations);
        }
    }

    private static void checkTransport(BorderTransportMeans transport, Violations violations) {
        checkCountry(transport.getNationality(), "transport.nationality", violations);
        violations.require(REGISTRATION.matcher(transport.getIdentification()).matches(), "transport.identification",
                "may hold only letters, digits, spaces and hyphens");
        List<String> trailers = transport.getTrailers();
        for (int i = 0; trailers != null && i < trailers.size(); i++) {
            violations.require(REGISTRATION.matcher(trailers.get(i)).matches(), "transport.trailers[" + i + "]",
                    "may hold only letters, digits, spaces and hyphens");
        }
        List<String> containers = transport.getContainers();
        Set<String> seen = new HashSet<>();
        for (int i = 0; containers != null && i < containers.size(); i++) {
            String container = containers.get(i);
            String at = "transport.containers[" + i + "]";
            ContainerNumber.problemWith(container).ifPresent(problem -> violations.require(false, at, problem));
            violations.require(seen.add(container), at, container + " is listed twice");
        }
    }

    private static void checkItem(GoodsItem item, String field, Violations violations) {
        String hsCode = item.getHsCode();
        if (!HS.isSubheading(hsCode)) {
            violations.require(false, field + ".hsCode", HS.find(hsCode)
                    .map(known -> hsCode + " is not a subheading of HS " + HS.edition() + " (goods are declared under"
                            + " a six-digit subheading)")
                    .orElse(hsCode + " is not a code of HS " + HS.edition()));
        } else if (item.getTariffLine() != null) {
            HarmonizedSystem.tariffLineProblem(hsCode, item.getTariffLine())
                    .ifPresent(problem -> violations.require(false, field + ".tariffLine", problem));
        }
        // The contract's exclusive minimum, which bean validation generated from OpenAPI 3.1 does not check.
        violations.require(item.getQuantity().getAmount().signum() > 0, field + ".quantity.amount",
                "must be more than 0");
        checkCountry(item.getOrigin(), field + ".origin", violations);
        if (item.getPreferentialOrigin() != null) {
            checkCountry(item.getPreferentialOrigin(), field + ".preferentialOrigin", violations);
        }
        violations.require(item.getNetMass().compareTo(item.getGrossMass()) <= 0, field + ".netMass",
                "is more than the gross mass " + item.getGrossMass().toPlainString() + " kg");
    }

    private static void checkTotals(Totals totals, List<GoodsItem> items, Violations violations) {
        long packages = 0;
        BigDecimal grossMass = BigDecimal.ZERO;
        long customsValue = 0;
        for (GoodsItem item : items) {
            packages += item.getPackages().getCount();
            grossMass = grossMass.add(item.getGrossMass());
            // Each value is at most 10^14 and there are at most 999 items: the sum fits a long.
            customsValue += item.getCustomsValue();
        }
        violations.require(totals.getPackages() == packages, "totals.packages",
                "is " + totals.getPackages() + " but the items have " + packages + " packages");
        violations.require(totals.getGrossMass().compareTo(grossMass) == 0, "totals.grossMass",
                "is " + totals.getGrossMass().toPlainString() + " kg but the items weigh " + grossMass.toPlainString()
                        + " kg");
        violations.require(totals.getCustomsValue() == customsValue, "totals.customsValue",
                "is " + totals.getCustomsValue() + " but the items are worth " + customsValue
                        + " (minor units of the currency)");
    }

    private static void checkCountry(String code, String field, Violations violations) {
        violations.require(CountryCodes.isValid(code), field, "'" + code + "' is not a country code");
    }
}
