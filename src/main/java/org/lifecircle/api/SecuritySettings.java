package org.lifecircle.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.InvalidInputException;

/**
 * Who may do what: on a loopback address (the default) the server is the planner's own and
 * everything is open; on any other address, writes need a configured user and reads can be
 * closed too.
 *
 * @param listenAddress server.address
 * @param users "name:password" entries; passwords as Spring's {id}encoded form, e.g.
 *     {bcrypt}$2a$..., or {noop}plain for tests
 * @param readRequiresLogin whether reads also need a user on a non-loopback address
 * @param allowedHosts names beyond the built-in ones that the server answers to (see {@link AllowedHosts})
 */
record SecuritySettings(String listenAddress, List<String> users, boolean readRequiresLogin,
                        List<String> allowedHosts) {

    AllowedHosts hosts() {
        return new AllowedHosts(listenAddress, allowedHosts);
    }

    boolean loopbackOnly() {
        try {
            return InetAddress.getByName(listenAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The configured users as (name, encoded password) pairs; malformed entries are a startup error. */
    List<String[]> parsedUsers() {
        List<String[]> out = new ArrayList<>();
        for (String entry : users) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new InvalidInputException("lifecircle.security.users: entries are name:{encoding}password");
            }
            String password = entry.substring(colon + 1);
            out.add(new String[] {entry.substring(0, colon).strip(), password.startsWith("{") ? password : "{noop}" + password});
        }
        return out;
    }
}
