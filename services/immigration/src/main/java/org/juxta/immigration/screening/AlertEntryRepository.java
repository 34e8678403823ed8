package org.juxta.immigration.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AlertEntryRepository implements PanacheRepositoryBase<AlertEntryEntity, UUID> {

    /** The state's last person version, as a row whose entry id is null; none before the state's first persons. */
    private static final String PERSON_VERSION = "select cast(null as java.util.UUID), cast(null as java.util.UUID),"
            + " cast(null as String), cast(null as String), cast(null as String), cast(null as String), v.version"
            + " from AlertPersonVersionEntity v";
    private static final String DOCUMENTS_AND_PERSON_VERSION = "select e.id, e.listId, e.documentType,"
            + " e.documentNumber, e.documentNumberKey, e.documentIssuingState, cast(null as Long)"
            + " from AlertEntryEntity e where e.documentNumberKey in :keys and e.withdrawnAt is null union all "
            + PERSON_VERSION;

    private static final String LISTS_OF_ACTIVE = "select e.id, e.listId from AlertEntryEntity e"
            + " where e.id in :ids and e.withdrawnAt is null";

    /** Active entries of a list created before {@code after} (null: from the newest), newest first. */
    public Uni<List<AlertEntryEntity>> page(UUID listId, PagePosition after, int limit) {
        String query = "listId = :listId and withdrawnAt is null";
        Parameters parameters = Parameters.with("listId", listId);
        if (after != null) {
            query += " and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))";
            parameters.and("afterTime", after.at()).and("afterId", after.id());
        }
        return find(query, Sort.descending("createdAt", "id"), parameters).range(0, limit - 1).list();
    }

    /**
     * Of these entries, those not withdrawn, each with its list's id: what a hit names. Not the entries themselves: a
     * manifest's screening meets hundreds, which the session would then hold and check for changes at every flush.
     */
    public Uni<Map<UUID, UUID>> listsOfActive(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(LISTS_OF_ACTIVE, Object[].class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (UUID) row[1])));
    }

    /** An active document entry, as document screening compares it. */
    public record DocumentEntry(UUID id, UUID listId, String type, String number, String numberKey,
            String issuingState) {
    }

    /**
     * The active document entries whose number folds to one of these keys (see DocumentNumbers), and the number
     * of the state's last committed person version (0 if none; see PersonVersions).
     */
    public record DocumentsAndPersonVersion(List<DocumentEntry> documents, long personVersion) {
    }

    /**
     * {@link DocumentsAndPersonVersion}, in one round trip: a screening needs both, and the version tells
     * whether the person index must catch up, which then costs a query only when persons were added.
     */
    public Uni<DocumentsAndPersonVersion> documentsAndPersonVersion(Collection<String> documentNumberKeys) {
        String query = documentNumberKeys.isEmpty() ? PERSON_VERSION : DOCUMENTS_AND_PERSON_VERSION;
        return getSession().chain(session -> {
            var select = session.createSelectionQuery(query, Object[].class);
            if (!documentNumberKeys.isEmpty()) {
                select.setParameter("keys", documentNumberKeys);
            }
            return select.getResultList();
        }).map(rows -> {
            List<DocumentEntry> documents = new ArrayList<>();
            long personVersion = 0;
            for (Object[] row : rows) {
                if (row[0] == null) {
                    personVersion = (Long) row[6];
                } else {
                    documents.add(new DocumentEntry((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (String) row[5]));
                }
            }
            return new DocumentsAndPersonVersion(documents, personVersion);
        });
    }
}
