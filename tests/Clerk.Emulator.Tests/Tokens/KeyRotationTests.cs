using Clerk.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Emulator.Tests.Tokens;

/// <summary>Rotation: the new key signs at once, the old one stays in the JWKS for the grace period, then goes.</summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task The_old_kid_stays_published_during_the_grace_period_and_disappears_after()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.Zero));
        await using var emulator = await ClerkEmulator.StartAsync(new() { TimeProvider = time, KeyRotationGrace = TimeSpan.FromMinutes(30) });
        using var api = new EmulatorApi(emulator);
        var user = await emulator.CreateUserAsync("keys@example.com");
        var oldKid = Jwt.Header((await emulator.SignInAsync(user.Id)).Token)["kid"]!.GetValue<string>();

        await emulator.RotateSigningKeyAsync();
        var newKid = Jwt.Header((await emulator.SignInAsync(user.Id)).Token)["kid"]!.GetValue<string>();

        Assert.NotEqual(oldKid, newKid);
        Assert.Equal([newKid, oldKid], await KidsAsync(api));

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Contains(oldKid, await KidsAsync(api));

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([newKid], await KidsAsync(api));
    }

    [Fact]
    public async Task Every_published_key_is_a_2048_bit_RSA_signing_key()
    {
        await using var emulator = await ClerkEmulator.StartAsync();
        using var api = new EmulatorApi(emulator);

        var key = (await api.GetAsync("/v1/jwks")).Json["keys"]![0]!;

        Assert.Equal("RSA", key["kty"]!.GetValue<string>());
        Assert.Equal("sig", key["use"]!.GetValue<string>());
        Assert.Equal("RS256", key["alg"]!.GetValue<string>());
        Assert.Equal(256, System.Buffers.Text.Base64Url.DecodeFromChars(key["n"]!.GetValue<string>()).Length);
    }

    private static async Task<string[]> KidsAsync(EmulatorApi api) =>
        (await api.GetAsync("/v1/jwks")).Json["keys"]!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).ToArray();
}
