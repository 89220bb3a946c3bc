using System.Text.Json.Nodes;

namespace Clerk.Emulator.Json;

/// <summary>Clerk's metadata merge: nested objects merge key by key, a null removes the key, anything else replaces.</summary>
internal static class MetadataMerge
{
    public static JsonObject Merge(JsonObject target, JsonObject patch)
    {
        var merged = (JsonObject)target.DeepClone();
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                merged.Remove(key);
            }
            else if (value is JsonObject nested && merged[key] is JsonObject existing)
            {
                merged[key] = Merge(existing, nested);
            }
            else
            {
                merged[key] = value.DeepClone();
            }
        }

        return merged;
    }
}
