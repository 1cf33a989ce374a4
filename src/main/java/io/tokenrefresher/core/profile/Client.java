package io.tokenrefresher.core.profile;

/**
 * Who a profile's requests log in as, and how its auth server expects credentials: the client id
 * (sent as HTTP Basic), the tenant (BladeX's {@code Tenant-Id} header) and whether a user's password
 * goes MD5-hashed (BladeX-family servers compare digests). Blank values mean "not sent".
 *
 * <p>The client secret is not here: it is looked up by the profile's id in
 * {@link io.tokenrefresher.core.secret.ProfileSecrets}.
 */
public record Client(String clientId, String tenantId, boolean md5Password) {

    public Client {
        clientId = clientId == null ? "" : clientId.trim();
        tenantId = tenantId == null ? "" : tenantId.trim();
    }

    /** No client id, no tenant, the password as typed. */
    public static Client none() {
        return new Client(null, null, false);
    }

    public Client withClientId(String newClientId) {
        return new Client(newClientId, tenantId, md5Password);
    }

    public Client withTenantId(String newTenantId) {
        return new Client(clientId, newTenantId, md5Password);
    }

    public Client withMd5Password(boolean md5) {
        return new Client(clientId, tenantId, md5);
    }
}
