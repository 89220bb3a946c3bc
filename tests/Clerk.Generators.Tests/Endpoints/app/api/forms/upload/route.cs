using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Forms.Upload;

// /api/forms/upload: uploaded files, by name and all of them, beside a form field.
public static class Route
{
    public static async Task<string> POST(IFormFile document, IFormFile? cover, [FromForm] string title)
    {
        using var reader = new StreamReader(document.OpenReadStream());
        return $"{title}: {document.FileName} ({await reader.ReadToEndAsync()}) cover {cover?.FileName ?? "-"}";
    }

    public static string PUT(IFormFileCollection files) =>
        string.Join(", ", files.Select(file => $"{file.Name}={file.FileName}:{file.Length}"));
}
