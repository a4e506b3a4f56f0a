package org.answerable.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;
import org.springframework.stereotype.Component;

/**
 * Sees every insert, update and delete Hibernate makes, with the old and new state of each
 * property, and records those of {@link Audited} entities in the same transaction: a change that
 * is rolled back leaves no history, and a change is never saved without it.
 */
@Component
class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PreCollectionUpdateEventListener {

    /**
     * Bookkeeping every row has, back-references to the request or letter a record belongs to
     * (already named by the entry itself), and copies kept for search and sorting (search words,
     * the refusals view's keys): none of it is a change a user made. Mailbox passwords are left
     * out too: even encrypted, a secret has no place in a history people read.
     */
    private static final Set<String> NOT_USER_DATA = Set.of("id", "version", "teamId", "requestId", "request",
            "reply", "createdAt", "updatedAt", "createdBy", "storagePath", "sha256", "extractedText",
            "timelineEventId", "searchWords", "inRefusals", "requestSent", "authorityId", "questionOrder",
            "firstReplyDate", "authorityName", "smtpPasswordEncrypted", "imapPasswordEncrypted", "updatedBy");

    private final AuditWriter writer;

    AuditListener(AuditWriter writer) {
        this.writer = writer;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            List<FieldChange> values = new ArrayList<>();
            forEachUserProperty(event.getPersister(), (name, index, type) -> {
                String value = text(event.getState()[index], type, event.getFactory());
                if (!value.isEmpty()) {
                    values.add(new FieldChange(name, "", value));
                }
            });
            writer.write(event.getSession(), audited, event.getId(), AuditAction.CREATED, values);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof Audited audited) || event.getOldState() == null) {
            return;
        }
        List<FieldChange> changes = new ArrayList<>();
        forEachUserProperty(event.getPersister(), (name, index, type) -> {
            if (type.isCollectionType()) {
                return; // collections report their own changes (onPreUpdateCollection)
            }
            String from = text(event.getOldState()[index], type, event.getFactory());
            String to = text(event.getState()[index], type, event.getFactory());
            if (!from.equals(to)) {
                changes.add(new FieldChange(name, from, to));
            }
        });
        if (!changes.isEmpty()) {
            writer.write(event.getSession(), audited, event.getId(), AuditAction.CHANGED, changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            List<FieldChange> values = new ArrayList<>();
            forEachUserProperty(event.getPersister(), (name, index, type) -> {
                if (type.isCollectionType()) {
                    return;
                }
                String value = text(event.getDeletedState()[index], type, event.getFactory());
                if (!value.isEmpty()) {
                    values.add(new FieldChange(name, value, ""));
                }
            });
            writer.write(event.getSession(), audited, event.getId(), AuditAction.DELETED, values);
        }
    }

    /** A collection of values (a request's tags) changed; collections of entities record themselves. */
    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        if (!(event.getAffectedOwnerOrNull() instanceof Audited audited)) {
            return;
        }
        PersistentCollection<?> collection = event.getCollection();
        SessionFactoryImplementor factory = event.getSession().getFactory();
        String property = collection.getRole().substring(collection.getRole().lastIndexOf('.') + 1);
        if (NOT_USER_DATA.contains(property)
                || factory.getMappingMetamodel().getCollectionDescriptor(collection.getRole()).getElementType().isEntityType()) {
            return;
        }
        String from = ChangeText.of(elementsOf(collection.getStoredSnapshot()));
        String to = ChangeText.of(collection);
        if (!from.equals(to)) {
            writer.write(event.getSession(), audited, event.getAffectedOwnerIdOrNull(), AuditAction.CHANGED,
                    List.of(new FieldChange(ChangeText.words(property), from, to)));
        }
    }

    private interface PropertyVisitor {
        void visit(String readableName, int index, Type type);
    }

    private static void forEachUserProperty(EntityPersister persister, PropertyVisitor visitor) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if (!NOT_USER_DATA.contains(names[i]) && !holdsEntities(types[i], persister.getFactory())) {
                visitor.visit(ChangeText.words(names[i]), i, types[i]);
            }
        }
    }

    /** A request's questions are entities with a history of their own: not repeated on the request. */
    private static boolean holdsEntities(Type type, SessionFactoryImplementor factory) {
        return type instanceof CollectionType collection && collection.getElementType(factory).isEntityType();
    }

    private static String text(Object value, Type type, SessionFactoryImplementor factory) {
        return type.isEntityType() ? EntityNames.nameOf(value, factory) : ChangeText.of(value);
    }

    /** A stored snapshot is a list for bags and lists, a map of element to element for sets. */
    private static Collection<?> elementsOf(Object snapshot) {
        return switch (snapshot) {
            case Map<?, ?> map -> map.values();
            case Collection<?> collection -> collection;
            case null, default -> List.of();
        };
    }
}
