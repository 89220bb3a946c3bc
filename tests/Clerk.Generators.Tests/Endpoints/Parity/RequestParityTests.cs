using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clerk.Generators.Tests.Endpoints.Infrastructure;
using static Clerk.Generators.Tests.Endpoints.Infrastructure.TwinsApp;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// A route file answers a request as the same method mapped as a minimal API answers it: every request of
/// <see cref="TwinRequests"/> is sent to the route file's URL and to the same URL under <see cref="MinimalPrefix"/>,
/// and the status, Content-Type, Allow, Location and body must match, except where a deliberate difference applies.
/// </summary>
public sealed class RequestParityTests(TwinsApp app) : IClassFixture<TwinsApp>
{
    /// <summary>Where a route file answers otherwise on purpose; a request is checked by the one that applies.</summary>
    private static readonly DeliberateDifference[] DeliberateDifferences =
    [
        // Minimal APIs answer a request they cannot bind with the right status (400; 415 for a body without a JSON
        // Content-Type; 413 for a body over Kestrel's limit) and, outside Development, an empty body: the reason is only
        // in the server's log. A route file answers the same status with a problem naming the parameter and where it was
        // read from (or Kestrel's message), so that the caller can fix the request without the server's log.
        new("a binding failure is a problem that names the parameter",
            request => request.BindingFailure is not null,
            (request, ours, minimal, _) => Task.FromResult(ExplainedBindingFailure(request, ours, minimal))),

        // A route file follows Next.js: the path picks the file, and a method the file does not declare is a 405 whose
        // Allow lists the declared methods, OPTIONS and (with GET) HEAD, sorted; OPTIONS itself, unless declared, is a
        // 204 with that Allow. Minimal APIs answer OPTIONS with a 405 too, and their Allow leaves OPTIONS out and lists
        // the methods of every endpoint whose template matches (at /api/users/me, those of /api/users/{id} as well).
        new("a method the route file does not declare is answered as in Next.js",
            request => request.NotDeclaredAllow is not null,
            (request, ours, _, _) => Task.FromResult(NextJsMethodAnswer(request, ours))),

        // Route files parse an enum by member name in any casing (the generated parser passes ignoreCase: true), so
        // /api/types/enum/red is Color.Red; minimal APIs parse names case-sensitively and answer 400 for red, so the
        // route file's answer is compared with the minimal API's answer to the member's own casing.
        new("an enum name is parsed in any casing",
            request => request.AnsweredAsMinimal is not null,
            (request, ours, minimal, send) => AnsweredAsMinimalAt(request, request.AnsweredAsMinimal!, ours, minimal, send)),

        // Minimal APIs have two binders that disagree here: ASP.NET Core's RequestDelegateGenerator (the source
        // generator Native AOT apps get) binds "?limit=" for an optional int? or int = 10 as absent, its null or default;
        // RequestDelegateFactory (used for the twins here, and by any app without the generator) answers 400. A route
        // file is generated code too and binds as the generator does, so the answer is the minimal API's without it.
        new("an empty optional value is absent, as RequestDelegateGenerator binds it",
            request => request.AbsentAnswer is not null,
            (request, ours, minimal, send) => AnsweredAsMinimalAt(request, request.AbsentAnswer!, ours, minimal, send)),

        // RequestDelegateFactory hands an optional [FromBody] T? of a struct default(T) when the request has no body,
        // although the handler declared that it takes null (0x0 for a Size?); a route file hands it null.
        // Minimal APIs' form mapper hands a [FromForm] parameter null when the form has none of its type's fields, so
        // a handler that reads it throws (a 500 here); the parameter is not nullable, so a route file answers 400.
        new("a form without any of a [FromForm] type's fields is not provided",
            request => request.AbsentFormObject is not null,
            (request, ours, minimal, _) =>
            {
                var problems = ExplainedBindingFailure(request with { BindingFailure = request.AbsentFormObject },
                    ours, minimal with { Status = ours.Status }).ToList();
                if (minimal.Status != 500)
                {
                    problems.Add($"the minimal API answered {minimal.Status}, not 500: compare directly");
                }
                return Task.FromResult<IReadOnlyList<string>>(problems);
            }),

        // Minimal APIs' form mapper sets a settable property the form leaves out to null or zero, whatever the type
        // initializes it to (Settings.Levels = [1] becomes null, and the handler's string.Join throws: a 500 here); a
        // route file leaves it as a new instance has it, as the C# it was written in says.
        new("a settable property the form leaves out keeps its initial value",
            request => request.InitialValuesAnswer is not null,
            (request, ours, minimal, _) => Task.FromResult<IReadOnlyList<string>>(
                new RecordedResponse(200, "text/plain; charset=utf-8", null, null, request.InitialValuesAnswer!)
                    .DifferencesFrom(ours)
                    .Concat(minimal.Body == ours.Body && minimal.Status == ours.Status
                        ? ["the minimal API answered the same: compare directly"]
                        : [])
                    .ToList())),

        new("an absent optional body of a struct is null",
            request => request.NullBodyAnswer is not null,
            (request, ours, minimal, _) => Task.FromResult<IReadOnlyList<string>>(
                (ours with { Body = minimal.Body }).DifferencesFrom(minimal)
                    .Concat(ours.Body == request.NullBodyAnswer ? [] : [$"body: '{ours.Body}', expected '{request.NullBodyAnswer}'"])
                    .ToList())),
    ];

    public static TheoryData<string> CatalogueNames => new(TwinRequests.ByTwin.Keys);

    [Fact]
    public void Every_twin_has_requests_in_the_catalogue()
    {
        var missing = Twins.Select(twin => twin.ToString()).Where(name => !TwinRequests.ByTwin.ContainsKey(name));

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(CatalogueNames))]
    public void Catalogue_entry_names_a_twin(string name) =>
        Assert.Contains(name, Twins.Select(twin => twin.ToString()));

    [Theory]
    [MemberData(nameof(TwinNames), MemberType = typeof(TwinsApp))]
    public async Task Route_file_answers_each_request_as_the_minimal_API_does(string name)
    {
        var failures = new List<string>();
        foreach (var request in TwinRequests.ByTwin[name])
        {
            var ours = await SendAsync(request, prefix: "");
            var minimal = await SendAsync(request, MinimalPrefix);
            var differences = DeliberateDifferences.Where(difference => difference.AppliesTo(request)).ToList();
            Assert.True(differences.Count <= 1, $"{request}: more than one deliberate difference applies");
            var problems = differences.Count == 0
                ? ours.DifferencesFrom(minimal)
                : await differences[0].CheckAsync(request, ours, minimal, SendAsync);
            if (problems.Count > 0)
            {
                var deliberate = differences.Count == 0 ? "" : $" ({differences[0].Name})";
                failures.Add($"{request}{deliberate}:\n    - {string.Join("\n    - ", problems)}"
                    + $"\n    route file: {ours}\n    minimal:    {minimal}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} request(s) of {name} differ:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void Comparison_reports_each_part_that_differs()
    {
        var ours = new RecordedResponse(200, "application/json; charset=utf-8", null, "/api/items/pen", "{}");
        var theirs = ours with { ContentType = "text/plain; charset=utf-8", Body = "{ }" };

        Assert.Equal(
            ["Content-Type: 'application/json; charset=utf-8' vs 'text/plain; charset=utf-8'", "body: '{}' vs '{ }'"],
            ours.DifferencesFrom(theirs));
    }

    [Fact]
    public void Comparison_reports_status_Allow_and_Location()
    {
        var ours = new RecordedResponse(405, null, "GET, HEAD, OPTIONS", null, "");
        var theirs = ours with { Status = 404, Allow = "GET, HEAD", Location = "/somewhere" };

        Assert.Equal(
            ["status: '405' vs '404'", "Allow: 'GET, HEAD, OPTIONS' vs 'GET, HEAD'", "Location: (none) vs '/somewhere'"],
            ours.DifferencesFrom(theirs));
    }

    [Fact]
    public async Task Recording_drops_a_problems_trace_id_and_the_minimal_prefix()
    {
        var ours = await RecordedResponse.ReadAsync(Problem(traceId: "00-a", location: "/api/items/pen"));
        var minimal = await RecordedResponse.ReadAsync(Problem(traceId: "00-b", location: "/minimal/api/items/pen"), MinimalPrefix);

        Assert.Empty(ours.DifferencesFrom(minimal));
        Assert.Equal("/api/items/pen", minimal.Location);
    }

    [Fact]
    public async Task Recording_keeps_a_problems_other_members()
    {
        var ours = await RecordedResponse.ReadAsync(Problem(traceId: "00-a", detail: "Required parameter"));
        var minimal = await RecordedResponse.ReadAsync(Problem(traceId: "00-a", detail: "Failed to bind"));

        Assert.Single(ours.DifferencesFrom(minimal), difference => difference.StartsWith("body: "));
    }

    /// <summary>Sends <paramref name="request"/> under <paramref name="prefix"/> and records the answer.</summary>
    private async Task<RecordedResponse> SendAsync(TwinRequest request, string prefix)
    {
        using var response = await app.Client.SendAsync(request.ToMessage(prefix, app.AntiforgeryTokens()));
        return await RecordedResponse.ReadAsync(response, prefix);
    }

    private static IReadOnlyList<string> ExplainedBindingFailure(TwinRequest request, RecordedResponse ours, RecordedResponse minimal)
    {
        var problems = new List<string>();
        if (ours.Status != minimal.Status)
        {
            problems.Add($"status: {ours.Status} vs {minimal.Status}");
        }
        if (minimal.Body.Length > 0)
        {
            problems.Add("the minimal API explained the failure too: compare the bodies instead");
        }
        if (ours.ContentType is null || MediaTypeHeaderValue.Parse(ours.ContentType).MediaType != "application/problem+json")
        {
            problems.Add($"Content-Type: '{ours.ContentType}', not application/problem+json");
        }
        // HEAD sends the problem's headers without its body.
        var expectedDetail = request.Method == "HEAD" ? null : request.BindingFailure;
        var detail = ours.Body.Length == 0 ? null : ProblemDetail(ours.Body);
        if (detail != expectedDetail)
        {
            problems.Add($"detail: {Show(detail)}, expected {Show(expectedDetail)}");
        }
        return problems;
    }

    private static IReadOnlyList<string> NextJsMethodAnswer(TwinRequest request, RecordedResponse ours)
    {
        var expected = new RecordedResponse(request.Method == "OPTIONS" ? 204 : 405, null, request.NotDeclaredAllow, null, "");
        return expected.DifferencesFrom(ours);
    }

    /// <summary>
    /// The minimal API refuses the request (400) and the route file answers it as the minimal API answers the same
    /// request at <paramref name="path"/>.
    /// </summary>
    private static async Task<IReadOnlyList<string>> AnsweredAsMinimalAt(
        TwinRequest request, string path, RecordedResponse ours, RecordedResponse minimal, Sender send)
    {
        var problems = new List<string>();
        if (minimal.Status != 400)
        {
            problems.Add($"the minimal API answered {minimal.Status}, not 400: it accepts this too, compare directly");
        }
        var answer = await send(request with { Path = path }, MinimalPrefix);
        problems.AddRange(ours.DifferencesFrom(answer).Select(difference => $"vs {path}: {difference}"));
        return problems;
    }

    private static string Show(string? text) => text is null ? "(none)" : $"'{text}'";

    private static string? ProblemDetail(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static HttpResponseMessage Problem(string traceId, string? location = null, string detail = "d")
    {
        var body = JsonSerializer.Serialize(new { status = 400, detail, traceId });
        var response = new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/problem+json"),
        };
        if (location is not null)
        {
            response.Headers.Location = new Uri(location, UriKind.Relative);
        }
        return response;
    }

    /// <summary>Sends a request to one side of the twin, under the prefix given.</summary>
    private delegate Task<RecordedResponse> Sender(TwinRequest request, string prefix);

    /// <summary>
    /// A way the route file answers differently on purpose: the requests it applies to, and the check that replaces
    /// the comparison for them (the problems it finds, none when the route file answers as intended).
    /// </summary>
    private sealed record DeliberateDifference(
        string Name,
        Func<TwinRequest, bool> AppliesTo,
        Func<TwinRequest, RecordedResponse, RecordedResponse, Sender, Task<IReadOnlyList<string>>> CheckAsync);
}
