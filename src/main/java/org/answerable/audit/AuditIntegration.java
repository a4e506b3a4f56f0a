package org.answerable.audit;

import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/** Registers {@link AuditListener} with Hibernate as the entity manager factory is built, before any write. */
@Component
class AuditIntegration implements HibernatePropertiesCustomizer {

    private final AuditListener listener;

    AuditIntegration(AuditListener listener) {
        this.listener = listener;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                    SessionFactoryImplementor sessionFactory) {
                EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
                registry.appendListeners(EventType.POST_INSERT, listener);
                registry.appendListeners(EventType.POST_UPDATE, listener);
                registry.appendListeners(EventType.POST_DELETE, listener);
                registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
            }
        }));
    }
}
