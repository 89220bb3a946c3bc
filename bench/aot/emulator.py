"""The standalone emulator's Backend API, as a real Clerk instance's: user ids and session tokens for the seed users."""
import json
import urllib.parse
import urllib.request


class Backend:
    def __init__(self, clerk):
        self.api = clerk["api_url"]
        self.secret = clerk["secret_key"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.api + path, data=data, method=method, headers={
            "Authorization": "Bearer " + self.secret, "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as response:
            return json.load(response)

    def user_id(self, email):
        users = self.call("GET", "/v1/users?email_address=" + urllib.parse.quote(email))
        if len(users) != 1:
            raise RuntimeError(f"{email}: {len(users)} users in the emulator")
        return users[0]["id"]

    def names(self, user_id):
        user = self.call("GET", "/v1/users/" + user_id)
        return user["first_name"], user["last_name"]

    def rename(self, user_id, names):
        first, last = names
        self.call("PATCH", "/v1/users/" + user_id, {"first_name": first, "last_name": last})

    def organization_id(self, slug):
        return self.call("GET", "/v1/organizations/" + slug)["id"]

    def sign_in(self, user_id, organization_id=None):
        """A new session (Clerk's testing endpoint) and a session token for it, valid for an hour so that a full run
        never sees it expire (Clerk's own last 60 s; the app verifies them the same way)."""
        session = self.call("POST", "/v1/sessions", {"user_id": user_id, "active_organization_id": organization_id})
        token = self.call("POST", f"/v1/sessions/{session['id']}/tokens", {"expires_in_seconds": 3600})
        return token["jwt"]


def read_keys(path):
    """The keys the emulator printed at start (CLERK_API_URL=..., one a line)."""
    keys = {}
    with open(path) as printed:
        for line in printed:
            name, sep, value = line.strip().partition("=")
            if sep and name.startswith("CLERK_"):
                keys[name] = value
    return {"api_url": keys["CLERK_API_URL"], "secret_key": keys["CLERK_SECRET_KEY"],
            "publishable_key": keys["CLERK_PUBLISHABLE_KEY"],
            "webhook_secret": keys["CLERK_WEBHOOK_SIGNING_SECRET"]}
