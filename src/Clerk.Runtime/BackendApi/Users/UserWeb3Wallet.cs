namespace Clerk.BackendApi;

/// <summary>One of a user's web3 wallets (Clerk's <c>Web3Wallet</c> object).</summary>
public sealed class UserWeb3Wallet
{
    /// <summary>The ID (<c>idn_...</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Always <c>web3_wallet</c>.</summary>
    public string Object { get; init; } = "web3_wallet";

    /// <summary>The wallet address.</summary>
    public required string Web3Wallet { get; init; }

    /// <summary>How the wallet was verified; <see langword="null"/> when it never was.</summary>
    public IdentificationVerification? Verification { get; init; }

    /// <summary>When the wallet was added (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the wallet last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
