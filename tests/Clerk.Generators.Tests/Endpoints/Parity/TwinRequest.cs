using System.Net.Http.Headers;
using System.Text;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// One request a twin is sent twice: at its route file's URL and at the same URL under
/// <see cref="Infrastructure.TwinsApp.MinimalPrefix"/>. The optional properties say which deliberate difference, if
/// any, the route file's answer is expected to show, and what it answers instead.
/// </summary>
public sealed record TwinRequest(string Method, string Path)
{
    /// <summary>The body, sent as it is; null sends none.</summary>
    public string? Body { get; init; }

    /// <summary>The body's Content-Type; null sends the body without one.</summary>
    public string? ContentType { get; init; }

    /// <summary>Request headers, by name.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>Sent with a valid antiforgery cookie and <c>RequestVerificationToken</c> header (a form post from the app's page).</summary>
    public bool WithAntiforgery { get; init; }

    /// <summary>
    /// Set when the request cannot be bound: the detail of the problem the route file answers with (minimal APIs
    /// answer the same status with an empty body).
    /// </summary>
    public string? BindingFailure { get; init; }

    /// <summary>
    /// Set for a method the route file does not declare: the <c>Allow</c> header of its Next.js answer (405, or 204
    /// for OPTIONS).
    /// </summary>
    public string? NotDeclaredAllow { get; init; }

    /// <summary>
    /// Set when the route file accepts a value minimal APIs refuse: the path whose minimal answer the route file's
    /// answer to this request equals.
    /// </summary>
    public string? AnsweredAsMinimal { get; init; }

    /// <summary>Fails binding with <paramref name="detail"/> as the route file's problem detail.</summary>
    public TwinRequest FailsBinding(string detail) => this with { BindingFailure = detail };

    /// <summary>A method the route file does not declare, answered with <paramref name="allow"/>.</summary>
    public TwinRequest NotDeclared(string allow) => this with { NotDeclaredAllow = allow };

    /// <summary>
    /// Set when the request sends an empty value for an optional parsed parameter: the path without it, whose minimal
    /// answer the route file's answer equals.
    /// </summary>
    public string? AbsentAnswer { get; init; }

    /// <summary>
    /// Set when the request has no body for an optional <c>T?</c> body of a struct: what the route file answers, given
    /// null, where RequestDelegateFactory hands the handler <c>default(T)</c>.
    /// </summary>
    public string? NullBodyAnswer { get; init; }

    /// <summary>
    /// Set when a form has none of a [FromForm] type's fields: the detail of the route file's 400, where minimal APIs
    /// hand the handler null.
    /// </summary>
    public string? AbsentFormObject { get; init; }

    /// <summary>A form without any of the [FromForm] type's fields: a 400 with <paramref name="detail"/>.</summary>
    public TwinRequest FormObjectAbsent(string detail) => this with { AbsentFormObject = detail };

    /// <summary>
    /// Set when a form leaves out settable properties of a [FromForm] type: the route file's answer, the properties
    /// keeping their initial values, where minimal APIs' form mapper sets them to null or zero.
    /// </summary>
    public string? InitialValuesAnswer { get; init; }

    /// <summary>The left-out properties keep their initial values; the route file answers <paramref name="body"/>.</summary>
    public TwinRequest KeepsInitialValues(string body) => this with { InitialValuesAnswer = body };

    /// <summary>No body for an optional struct body: the route file's handler gets null and answers <paramref name="body"/>.</summary>
    public TwinRequest GetsNullBody(string body) => this with { NullBodyAnswer = body };

    /// <summary>Answered by the route file as the minimal API answers <paramref name="path"/>.</summary>
    public TwinRequest AnsweredAs(string path) => this with { AnsweredAsMinimal = path };

    /// <summary>An empty optional value, answered as the minimal API answers <paramref name="path"/>, without it.</summary>
    public TwinRequest EmptyIsAbsent(string path) => this with { AbsentAnswer = path };

    /// <summary>
    /// The request, its path under <paramref name="prefix"/>; the tokens are sent when <see cref="WithAntiforgery"/>.
    /// </summary>
    public HttpRequestMessage ToMessage(string prefix = "", Infrastructure.AntiforgeryTokens? tokens = null)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), prefix + Path);
        foreach (var (name, value) in Headers)
        {
            message.Headers.Add(name, value);
        }
        if (WithAntiforgery && tokens is not null)
        {
            message.Headers.Add("Cookie", tokens.Cookie);
            message.Headers.Add(tokens.HeaderName, tokens.Token);
        }
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = ContentType is null ? null : MediaTypeHeaderValue.Parse(ContentType);
        }
        return message;
    }

    public override string ToString()
    {
        var text = new StringBuilder($"{Method} {Path}");
        foreach (var (name, value) in Headers)
        {
            text.Append($" [{name}: {value}]");
        }
        if (WithAntiforgery)
        {
            text.Append(" [antiforgery]");
        }
        if (Body is not null)
        {
            var shown = Body.Length > 40 ? $"{Body[..40]}... ({Body.Length} chars)" : Body;
            text.Append($" [{ContentType ?? "no content type"}] '{shown}'");
        }
        return text.ToString();
    }
}
