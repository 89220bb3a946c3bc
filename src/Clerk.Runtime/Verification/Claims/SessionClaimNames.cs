using Clerk.Verification.Jws;

namespace Clerk.Verification.Claims;

/// <summary>The session token claims <see cref="SessionClaimsReader"/> reads, each with its slot.</summary>
internal readonly struct SessionClaimNames : IMemberNames
{
    public const int Sub = 0, Exp = 1, Nbf = 2, Iat = 3, V = 4, Fea = 5, Sid = 6, Sts = 7, Azp = 8, Iss = 9, Fva = 10,
        Act = 11, Pla = 12, O = 13, OrgId = 14, OrgSlug = 15, OrgRole = 16, OrgPermissions = 17;

    private static readonly string[] Names =
    [
        "sub", "exp", "nbf", "iat", "v", "fea", "sid", "sts", "azp", "iss", "fva", "act", "pla", "o", "org_id",
        "org_slug", "org_role", "org_permissions",
    ];

    public static string NameOf(int slot) => Names[slot];

    // By length, then by the bytes themselves: this runs for every top-level member of every payload.
    public static int SlotOf(ReadOnlySpan<byte> name)
    {
        switch (name.Length)
        {
            case 1:
                return name[0] switch { (byte)'v' => V, (byte)'o' => O, _ => -1 };
            case 3:
                return (name[0] << 16 | name[1] << 8 | name[2]) switch
                {
                    's' << 16 | 'u' << 8 | 'b' => Sub,
                    'e' << 16 | 'x' << 8 | 'p' => Exp,
                    'n' << 16 | 'b' << 8 | 'f' => Nbf,
                    'i' << 16 | 'a' << 8 | 't' => Iat,
                    'f' << 16 | 'e' << 8 | 'a' => Fea,
                    's' << 16 | 'i' << 8 | 'd' => Sid,
                    's' << 16 | 't' << 8 | 's' => Sts,
                    'a' << 16 | 'z' << 8 | 'p' => Azp,
                    'i' << 16 | 's' << 8 | 's' => Iss,
                    'f' << 16 | 'v' << 8 | 'a' => Fva,
                    'a' << 16 | 'c' << 8 | 't' => Act,
                    'p' << 16 | 'l' << 8 | 'a' => Pla,
                    _ => -1,
                };
            case 6:
                return name.SequenceEqual("org_id"u8) ? OrgId : -1;
            case 8:
                return name.SequenceEqual("org_slug"u8) ? OrgSlug : name.SequenceEqual("org_role"u8) ? OrgRole : -1;
            case 15:
                return name.SequenceEqual("org_permissions"u8) ? OrgPermissions : -1;
            default:
                return -1;
        }
    }
}

/// <summary>The members of the v2 <c>o</c> claim (the active organization).</summary>
internal readonly struct OrganizationClaimNames : IMemberNames
{
    public const int Id = 0, Slg = 1, Rol = 2, Per = 3, Fpm = 4;

    private static readonly string[] Names = ["o.id", "o.slg", "o.rol", "o.per", "o.fpm"];

    public static string NameOf(int slot) => Names[slot];

    public static int SlotOf(ReadOnlySpan<byte> name) => MemberNameTable.SlotOf(name, Names, prefixLength: "o.".Length);
}

/// <summary>The members of the <c>act</c> claim (who is impersonating the user).</summary>
internal readonly struct ActorClaimNames : IMemberNames
{
    public const int Sub = 0, Sid = 1, Iss = 2;

    private static readonly string[] Names = ["act.sub", "act.sid", "act.iss"];

    public static string NameOf(int slot) => Names[slot];

    public static int SlotOf(ReadOnlySpan<byte> name) => MemberNameTable.SlotOf(name, Names, prefixLength: "act.".Length);
}
