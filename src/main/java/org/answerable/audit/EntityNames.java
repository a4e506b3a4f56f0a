package org.answerable.audit;

import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

/**
 * Names a record another one points at (a request's authority) the way people know it: by its
 * name or title when it is loaded, else by its id. Never loads anything: this runs mid-flush.
 */
final class EntityNames {

    /** The properties people know records by, in order of preference. */
    private static final List<String> NAME_PROPERTIES = List.of("officialName", "name", "title", "displayName",
            "fileName", "username");

    private EntityNames() {
    }

    static String nameOf(Object entity, SessionFactoryImplementor factory) {
        if (entity == null) {
            return "";
        }
        if (entity instanceof HibernateProxy proxy && proxy.getHibernateLazyInitializer().isUninitialized()) {
            return "#" + proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        Object loaded = Hibernate.unproxy(entity);
        EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(loaded.getClass());
        List<String> properties = List.of(persister.getPropertyNames());
        for (String name : NAME_PROPERTIES) {
            int index = properties.indexOf(name);
            if (index >= 0 && persister.getValue(loaded, index) != null) {
                return ChangeText.of(persister.getValue(loaded, index));
            }
        }
        return "#" + persister.getIdentifier(loaded);
    }
}
