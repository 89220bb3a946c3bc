using System.Security.Cryptography;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>RSA keys for the verifier tests, generated once per run because key generation is slow.</summary>
internal static class TestRsaKeys
{
    private static readonly Lazy<RSA> Instance = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> Attacker = new(() => RSA.Create(2048));

    /// <summary>The instance key: tokens signed with it are genuine.</summary>
    public static RSA InstanceKey => Instance.Value;

    /// <summary>Some other party's key: valid RSA, wrong signer.</summary>
    public static RSA AttackerKey => Attacker.Value;

    /// <summary>The instance key's public half as PEM, as <c>CLERK_JWT_KEY</c> carries it.</summary>
    public static string InstancePublicPem => InstanceKey.ExportSubjectPublicKeyInfoPem();
}
