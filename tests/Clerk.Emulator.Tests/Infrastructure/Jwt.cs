using System.Buffers.Text;
using System.Text.Json.Nodes;

namespace Clerk.Emulator.Tests.Infrastructure;

/// <summary>Reads a compact JWT's header and payload, unverified, to check their shape.</summary>
public static class Jwt
{
    public static JsonObject Header(string token) => Part(token, 0);

    public static JsonObject Payload(string token) => Part(token, 1);

    private static JsonObject Part(string token, int index) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[index]))!.AsObject();
}
