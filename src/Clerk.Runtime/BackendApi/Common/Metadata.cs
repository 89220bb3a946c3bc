using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>One shared empty metadata dictionary, for models whose metadata Clerk left out.</summary>
internal static class Metadata
{
    public static readonly IReadOnlyDictionary<string, JsonElement> Empty = new Dictionary<string, JsonElement>();
}
