vcl 4.1;

# Varnish in front of the portal's app servers (docs/operators.md, "Scaling out").
#
# Anonymous page answers are kept as long as the portal's own page cache keeps them and are purged
# by surrogate key: every answer names the pages it shows in an `xkey` header, and a publish sends
# `PURGE` with an `xkey-purge` header listing the keys that changed (core/frontend_purge.py), or
# `BAN` when every page changed. Signed-in editors, the admin and the APIs pass straight through.

import std;
import xkey;

# The app servers. Several? Add backends and a round-robin director (vmod directors).
backend portal {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (req.method == "BAN") {
            ban("obj.status != 0");
            return (synth(200, "Banned everything"));
        }
        if (req.http.xkey-purge) {
            set req.http.x-purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.x-purged + " objects"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, the APIs (the view beacon counts every POST; the JSON API sets its own caching),
    # sign-in forms and the language redirect at / (it depends on the visitor's language cookie).
    if (req.url ~ "^/(admin|api|django-admin)/" || req.url ~ "/_util/" || req.url ~ "^/(\?.*)?$") {
        return (pass);
    }
    # Signed-in editors and visitors with a message waiting see pages of their own.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # Any other cookie (analytics and the like) changes nothing the portal renders.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # What the portal keeps (public, no cookie, not private) Varnish keeps as long: purges by
    # surrogate key keep it fresh; browsers still get the portal's own short max-age.
    if (beresp.http.xkey && beresp.ttl > 0s && !beresp.http.Set-Cookie) {
        set beresp.ttl = 300s;
        set beresp.grace = 10s;
        # A site alert starts or ends sooner (core/alerts.py): keep the page only until then.
        if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
            set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 1s);
            if (beresp.ttl > 300s) {
                set beresp.ttl = 300s;
            }
            set beresp.grace = 0s;
        }
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The surrogate keys are for Varnish, not for the world.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Surrogate-Control;
}
