// A miniature runtime with two deliberate back-arrows, so the layering tests can show their rules catch one. Each
// namespace stands for the runtime's layer of the same name; only the arrows matter, not what the types do.

namespace LayeringFixture.Hosting
{
    public sealed class FixtureOptions
    {
        public string? SecretKey { get; set; }
    }
}

namespace LayeringFixture.Verification.Keys
{
    public sealed class KeyRing
    {
        public int Generation { get; set; }
    }

    /// <summary>The back-arrow: a key source reading the hosting layer's options.</summary>
    public sealed class KeyCache(LayeringFixture.Hosting.FixtureOptions options)
    {
        public string? SecretKey => options.SecretKey;
    }
}

namespace LayeringFixture.Verification.Jws
{
    /// <summary>The sideways arrow inside Verification: the JWS layer reaching into keys.</summary>
    public sealed class Header(LayeringFixture.Verification.Keys.KeyRing keys)
    {
        public int Generation => keys.Generation;
    }
}

namespace LayeringFixture
{
    public sealed class Session
    {
        public string? UserId { get; set; }
    }
}

namespace LayeringFixture.Endpoints
{
    /// <summary>An allowed arrow (Endpoints uses Auth), which must not be reported.</summary>
    public sealed class Binder(Session session)
    {
        public string? UserId => session.UserId;
    }
}
