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
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import nl.nts.platform.core.shared.Codes;

/**
 * The first module of the guarded realm {@code karaf} ({@link RealmLoginGuard}): refuses a
 * locked account before any other module checks it, and afterwards counts how the realm's
 * login ended. It never succeeds itself (it is ignored in the outcome), and it only counts
 * password logins: a public key an SSH client offers and the server refuses is no guess.
 * The password is looked at only to know one was given, and wiped at once. While the realm
 * cannot check passwords yet (the platform is starting), a login is refused without counting.
 * A user name with a control character is refused before any other module sees it, for every channel alike.
 */
public class GuardLoginModule implements LoginModule {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(GuardLoginModule.class.getName());

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
        if (handler == null) {
            return false;
        }
        NameCallback name = new NameCallback("user");
        try {
            handler.handle(new Callback[] {name});
        } catch (IOException | UnsupportedCallbackException e) {
            return false;
        }
        String named = name.getName();
        int invisible = Codes.firstInvisible(named);
        if (invisible >= 0) {
            // Karaf's login audit (data/log/security.log) and every log line write the name as given: a line
            // break would forge a line ("Authentication succeeded - admin"), a bidi control would disguise one.
            // Refused here, first in the realm, no later module (the audit's included) sees the name at all.
            LOG.warning(() -> "Refused a login whose user name holds the control character " + Codes.codePoint(named, invisible)
                    + ", from " + RealmLoginGuard.origin());
            throw new FailedLoginException("a user name holds visible characters only");
        }
        LoginThrottle throttle = RealmLoginGuard.throttle();
        if (throttle == null) {
            return false;
        }
        account = named;
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
        if (!RealmLoginGuard.realmReady()) {
            // the platform is starting: the realm cannot check a password yet, and the caller is not to blame
            refused = true;
            throw new LoginException("the accounts cannot be checked yet: the platform is starting, or its password hashing is being updated");
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
