using System.ComponentModel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Clerk.Endpoints;

/// <summary>
/// Reads a handler's form (fields, files, or the whole form), refusing what minimal APIs refuse, in their order: a
/// request that cannot have a body, a failed antiforgery check, a body that is not a form (415), and one that does
/// not read as a form.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestForm
{
    /// <summary>
    /// Reads the form once for the handler; <paramref name="parameter"/> (<c>IFormFile file</c>) is the first form
    /// parameter, named in the error.
    /// </summary>
    public static async ValueTask<(IFormCollection Form, BindingError? Error)> ReadAsync(HttpContext context, string parameter)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false)
        {
            return Failed(StatusCodes.Status400BadRequest,
                $"Unexpected request without body, failed to bind parameter \"{parameter}\" from the request body.");
        }
        // Set by the antiforgery middleware (UseAntiforgery), which only checks and lets the request through.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return Failed(StatusCodes.Status400BadRequest,
                $"Invalid anti-forgery token found when reading parameter \"{parameter}\" from the request body as form.");
        }
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            return Failed(StatusCodes.Status415UnsupportedMediaType,
                $"Expected a supported form media type but got \"{request.ContentType}\".");
        }
        try
        {
            return (await request.ReadFormAsync(context.RequestAborted), null);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's and FormOptions' limits keep their status code (413 for a body over the limit).
            return Failed(exception.StatusCode, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return Failed(StatusCodes.Status400BadRequest,
                $"Failed to read parameter \"{parameter}\" from the request body as form.");
        }
    }

    /// <summary>The values of the form field <paramref name="name"/> (none when absent).</summary>
    public static StringValues Values(IFormCollection form, string name) => form[name];

    /// <summary>The form field <paramref name="name"/> (repeated fields joined by commas), or null when absent.</summary>
    public static string? Value(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>The uploaded file <paramref name="name"/>; a required one that is absent is a 400 naming the parameter.</summary>
    public static BindingError? File(IFormCollection form, string name, string parameter, bool required, out IFormFile? file)
    {
        file = form.Files.GetFile(name);
        return file is null && required ? BindingError.Missing(parameter, "form") : null;
    }

    /// <summary>
    /// Whether the form holds a [FromForm] type: every constructor argument among its fields (minimal APIs' form
    /// mapper refuses the form otherwise), and at least one of its members (else it is not provided).
    /// </summary>
    public static BindingError? Missing(IFormCollection form, string parameter, string[] arguments, string[] members)
    {
        foreach (var argument in arguments)
        {
            if (!Has(form, argument))
            {
                return new BindingError(StatusCodes.Status400BadRequest,
                    $"Failed to bind parameter \"{parameter}\" from form: no value for \"{argument}\".");
            }
        }
        return members.Any(member => Has(form, member)) ? null : BindingError.Missing(parameter, "form");
    }

    /// <summary>
    /// The values of a [FromForm] type's array member: its repeated field, or its indexed fields
    /// (<c>Tags[0]</c>, <c>Tags[1]</c>, ...), as the form mapper reads either.
    /// </summary>
    public static StringValues MemberValues(IFormCollection form, string name)
    {
        if (form.TryGetValue(name, out var values))
        {
            return values;
        }
        var indexed = new List<string?>();
        while (form.TryGetValue($"{name}[{indexed.Count}]", out var item))
        {
            indexed.Add(item.ToString());
        }
        return new StringValues([.. indexed]);
    }

    /// <summary>
    /// Binds a settable array member of a [FromForm] type: <paramref name="fallback"/> (what the type's constructor
    /// left there) when the form has no field for it.
    /// </summary>
    public static BindingError? Many<T>(
        IFormCollection form, string name, string parameter, TryParser<T> parse, T[]? fallback, out T[]? values)
    {
        if (!Has(form, name))
        {
            values = fallback;
            return null;
        }
        var error = RequestValues.Many(MemberValues(form, name), parameter, "form", parse, out var parsed);
        values = parsed;
        return error;
    }

    private static bool Has(IFormCollection form, string name) =>
        form.ContainsKey(name) || form.ContainsKey(name + "[0]");

    private static (IFormCollection, BindingError?) Failed(int status, string detail) =>
        (FormCollection.Empty, new BindingError(status, detail));
}
