package org.answerable.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class FirstRunSetupTest {

    private final AccountService accounts = mock(AccountService.class);
    private final AppUser admin = mock(AppUser.class);

    @Test
    void a_printed_random_password_must_be_replaced_at_the_first_login() {
        when(admin.getId()).thenReturn(7L);
        when(accounts.createUser(eq("admin"), anyString(), anyString(), eq(Role.ADMIN), anyString())).thenReturn(admin);

        new FirstRunSetup(accounts, "admin", "").run();

        verify(accounts).requirePasswordChange(7L);
    }

    @Test
    void a_password_the_installer_chose_is_kept_as_it_is() {
        when(accounts.createUser(anyString(), anyString(), anyString(), any(), anyString())).thenReturn(admin);

        new FirstRunSetup(accounts, "admin", "chosen by the installer").run();

        verify(accounts).createUser("admin", "Administrator", "chosen by the installer", Role.ADMIN, "My team");
        verify(accounts, never()).requirePasswordChange(any());
    }
}
