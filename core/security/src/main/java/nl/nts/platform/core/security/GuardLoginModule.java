package nl.nts.platform.core.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

/**
 * The first module of the guarded realm {@code karaf} ({@link RealmLoginGuard}): refuses a
 * locked account before any other module checks it, and afterwards counts how the realm's
 * login ended. It never succeeds itself (it is ignored in the outcome), and it only counts
 * password logins: a public key an SSH client offers and the server refuses is no guess.
 * The password is looked at only to know one was given, and wiped at once.
 */
public class GuardLoginModule implements LoginModule {

    private CallbackHandler handler;
    private String account;
    private boolean password;
    private boolean refused;

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.handler = callbackHandler;
    }

    @Override
    public boolean login() throws LoginException {
        LoginThrottle throttle = RealmLoginGuard.throttle();
        if (throttle == null || handler == null) {
            return false;
        }
        NameCallback name = new NameCallback("user");
        try {
            handler.handle(new Callback[] {name});
        } catch (IOException | UnsupportedCallbackException e) {
            return false;
        }
        account = name.getName();
        if (account == null) {
            return false;
        }
        PasswordCallback secret = new PasswordCallback("password", false);
        try {
            handler.handle(new Callback[] {secret});
            char[] given = secret.getPassword();
            password = given != null;
            if (given != null) {
                Arrays.fill(given, '\0');
            }
        } catch (IOException | UnsupportedCallbackException e) {
            password = false;
        } finally {
            secret.clearPassword();
        }
        if (!throttle.lockedFor(account).isZero()) {
            refused = true;
            throw new AccountLockedException("too many failed logins for this account; it is locked for a while");
        }
        return false;
    }

    @Override
    public boolean commit() {
        LoginThrottle throttle = RealmLoginGuard.throttle();
        if (throttle != null && account != null) {
            throttle.succeeded(account);
        }
        return false;
    }

    @Override
    public boolean abort() {
        LoginThrottle throttle = RealmLoginGuard.throttle();
        if (throttle != null && account != null && password && !refused) {
            throttle.failed(account, RealmLoginGuard.origin());
        }
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }
}
