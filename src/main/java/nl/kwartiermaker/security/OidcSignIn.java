package nl.kwartiermaker.security;

import nl.kwartiermaker.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Sign-in through the identity provider with an audit line for every outcome, as password sign-in has. A token the
 * portal refuses (another issuer, another audience, another nonce, a bad signature) names nobody, so it is recorded
 * as an unknown account with the reason.
 */
class OidcSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final AuthenticationProvider provider;
    private final AuditService audit;
    private final SignInMetrics metrics;

    OidcSignIn(AuthenticationProvider provider, AuditService audit, SignInMetrics metrics) {
        this.metrics = metrics;
        this.provider = provider;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = ThrottledAuthenticationProvider.clientAddress();
        try {
            Authentication result = provider.authenticate(authentication);
            if (result != null) {
                audit.recordSeparately(result.getName(), AuditAction.LOGIN_SUCCEEDED, result.getName(),
                        AuditEvent.Result.SUCCESS, client, "oidc");
                metrics.count(SignInMetrics.Method.PROVIDER, SignInMetrics.Outcome.SUCCEEDED);
            }
            return result;
        } catch (PortalOidcUserService.Refused e) {
            String account = e.account() == null ? ThrottledAuthenticationProvider.UNKNOWN_ACCOUNT : e.account();
            log.warn("Sign-in through the identity provider for {} from {} refused: {}", account, client,
                    e.refusal());
            audit.recordSeparately(account, AuditAction.LOGIN_FAILED, account, AuditEvent.Result.FAILURE, client,
                    "oidc: " + e.getError().getErrorCode());
            metrics.count(SignInMetrics.Method.PROVIDER, SignInMetrics.Outcome.FAILED);
            throw e;
        } catch (OAuth2AuthenticationException e) {
            log.warn("Sign-in through the identity provider from {} failed: {}", client, e.getError());
            audit.recordSeparately(ThrottledAuthenticationProvider.UNKNOWN_ACCOUNT, AuditAction.LOGIN_FAILED,
                    ThrottledAuthenticationProvider.UNKNOWN_ACCOUNT, AuditEvent.Result.FAILURE, client,
                    "oidc: " + e.getError().getErrorCode());
            metrics.count(SignInMetrics.Method.PROVIDER, SignInMetrics.Outcome.FAILED);
            throw e;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e)) {
                throw e;
            }
            log.warn("Sign-in refused: the database cannot be reached ({})", DatabaseOutage.summary(e));
            metrics.count(SignInMetrics.Method.PROVIDER, SignInMetrics.Outcome.UNAVAILABLE);
            throw new SignInUnavailableException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2LoginAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
