package org.answerable.request.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.answerable.request.RequestFilter;

/**
 * Something another feature offers on the requests page (downloads), working on the requests the
 * page's filters currently select, so the request feature does not depend on it. Implementations
 * are Spring beans.
 */
public interface RequestListAction {

    Component create(Supplier<RequestFilter> currentFilter);
}
