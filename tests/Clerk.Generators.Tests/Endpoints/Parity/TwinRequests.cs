using static Clerk.Generators.Tests.Endpoints.Infrastructure.TwinsApp;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// The requests each twin is sent, keyed by the twin's name: a valid request, then whatever its parameters let go
/// wrong (a missing or malformed value; for a body, the wrong content type, none, malformed JSON, a JSON null, one
/// over the size limit), HEAD where GET is declared, and the methods the route file does not declare (asked once
/// per route file, in its first twin's entry).
/// </summary>
public static class TwinRequests
{
    private const string ReadOnlyAllow = "GET, HEAD, OPTIONS";

    /// <summary>A valid <see cref="Models.Item"/> body.</summary>
    private const string Pen = """{"displayName":"pen","quantity":2}""";

    public static IReadOnlyDictionary<string, TwinRequest[]> ByTwin { get; } = new Dictionary<string, TwinRequest[]>
    {
        ["GET,HEAD /api/users/{id}"] =
        [
            Get("/api/users/42"),
            Head("/api/users/42"),
            Get("/api/users/-7"),
            Get("/API/Users/42"),
            Get("/api/users/42/"),
            Get("/api/users/abc").FailsBinding(NotParsed("int id", "route", "abc")),
            Head("/api/users/abc").FailsBinding(NotParsed("int id", "route", "abc")),
            Get("/api/users/2147483648").FailsBinding(NotParsed("int id", "route", "2147483648")),
            Send("OPTIONS", "/api/users/42").NotDeclared("DELETE, GET, HEAD, OPTIONS, PUT"),
            Send("PATCH", "/api/users/42").NotDeclared("DELETE, GET, HEAD, OPTIONS, PUT"),
            Send("POST", "/api/users/42").NotDeclared("DELETE, GET, HEAD, OPTIONS, PUT"),
        ],
        ["PUT /api/users/{id}"] =
        [
            // /api/users/[...rest] also matches this path: routing passes over [id]'s handler for a body without a
            // JSON content type, and its 405 endpoint answers as routing would have (415, no body) because [id] owns
            // the path. So with no Content-Type at all this is routing's 415, not the handler's problem.
            .. JsonBodies("PUT", "/api/users/7", Pen, "Item item")
                .Select(request => request.ContentType is null ? request with { BindingFailure = null } : request),
            Json("PUT", "/api/users/abc", Pen).FailsBinding(NotParsed("int id", "route", "abc")),
        ],
        ["DELETE /api/users/{id}"] =
        [
            Send("DELETE", "/api/users/42"),
            Send("DELETE", "/api/users/abc").FailsBinding(NotParsed("int id", "route", "abc")),
        ],
        ["GET,HEAD /api/orders/{orderId}/lines/{line}"] =
        [
            Get("/api/orders/3/lines/4"),
            Head("/api/orders/3/lines/4"),
            Get("/api/orders/x/lines/4").FailsBinding(NotParsed("int orderId", "route", "x")),
            Get("/api/orders/3/lines/y").FailsBinding(NotParsed("int line", "route", "y")),
            Send("OPTIONS", "/api/orders/3/lines/4").NotDeclared(ReadOnlyAllow),
            Send("DELETE", "/api/orders/3/lines/4").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/query/optional"] =
        [
            Get("/api/query/optional?limit=5&sort=name&offset=2&order=desc&color=Blue&verbose=true"),
            Head("/api/query/optional?limit=5"),
            Get("/api/query/optional"),
            Get("/api/query/optional?limit=").EmptyIsAbsent("/api/query/optional"),
            Get("/api/query/optional?sort="),
            Get("/api/query/optional?order="),
            Get("/api/query/optional?offset=").EmptyIsAbsent("/api/query/optional"),
            Get("/api/query/optional?color=").EmptyIsAbsent("/api/query/optional"),
            Get("/api/query/optional?verbose=").EmptyIsAbsent("/api/query/optional"),
            Get("/api/query/optional?color=2"),
            Get("/api/query/optional?color=blue").AnsweredAs("/api/query/optional?color=Blue"),
            Get("/api/query/optional?limit=abc").FailsBinding(NotParsed("int? limit", "query string", "abc")),
            Get("/api/query/optional?offset=abc").FailsBinding(NotParsed("int offset", "query string", "abc")),
            Get("/api/query/optional?color=purple").FailsBinding(NotParsed("Color color", "query string", "purple")),
            Get("/api/query/optional?verbose=yes").FailsBinding(NotParsed("bool verbose", "query string", "yes")),
            Send("OPTIONS", "/api/query/optional").NotDeclared(ReadOnlyAllow),
            Send("PUT", "/api/query/optional").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/query/required"] =
        [
            Get("/api/query/required?page=2&per-page=10"),
            Head("/api/query/required?page=2&per-page=10"),
            Get("/api/query/required?PAGE=2&Per-Page=10"),
            Get("/api/query/required?per-page=10").FailsBinding(NotProvided("int page", "query string")),
            Head("/api/query/required?per-page=10").FailsBinding(NotProvided("int page", "query string")),
            Get("/api/query/required?page=2").FailsBinding(NotProvided("int perPage", "query string")),
            Get("/api/query/required?page=&per-page=10").FailsBinding(NotProvided("int page", "query string")),
            Get("/api/query/required?page=abc&per-page=10").FailsBinding(NotParsed("int page", "query string", "abc")),
            Get("/api/query/required?page=2&page=3&per-page=10").FailsBinding(NotParsed("int page", "query string", "2,3")),
            Send("OPTIONS", "/api/query/required").NotDeclared(ReadOnlyAllow),
            Send("POST", "/api/query/required?page=2&per-page=10").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/query/array"] =
        [
            Get("/api/query/array?id=1&id=2&tag=a&tag=b"),
            Head("/api/query/array?id=1"),
            Get("/api/query/array"),
            Get("/api/query/array?tag="),
            Get("/api/query/array?id=").FailsBinding(NotParsed("int[] id", "query string", "")),
            Get("/api/query/array?id=1&id=x").FailsBinding(NotParsed("int[] id", "query string", "x")),
            Send("OPTIONS", "/api/query/array").NotDeclared(ReadOnlyAllow),
            Send("PATCH", "/api/query/array").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/headers"] =
        [
            Get("/api/headers", ("X-Api-Version", "2"), ("X-Trace-Id", "t-1")),
            Head("/api/headers", ("X-Api-Version", "2")),
            Get("/api/headers", ("X-Api-Version", "2")),
            Get("/api/headers", ("x-api-version", " 2 ")),
            Get("/api/headers").FailsBinding(NotProvided("int version", "header")),
            Get("/api/headers", ("X-Api-Version", "abc")).FailsBinding(NotParsed("int version", "header", "abc")),
            Send("OPTIONS", "/api/headers").NotDeclared(ReadOnlyAllow),
            Send("DELETE", "/api/headers").NotDeclared(ReadOnlyAllow),
        ],
        ["POST /api/items"] =
        [
            .. JsonBodies("POST", "/api/items", Pen, "Item item"),
            Json("POST", "/api/items", Pen, contentType: "application/json; charset=utf-8"),
            Json("POST", "/api/items", Pen, contentType: "application/vnd.item+json"),
            Json("POST", "/api/items", """{"displayName":5}""").FailsBinding(NotReadable("Item item")),
            Json("POST", "/api/items", """{"quantity":2}"""),
            Json("POST", "/api/items", """{"DISPLAYNAME":"pen","quantity":"2","colour":"red"}"""),
            Send("OPTIONS", "/api/items").NotDeclared("OPTIONS, PATCH, POST, PUT"),
            Send("GET", "/api/items").NotDeclared("OPTIONS, PATCH, POST, PUT"),
            Send("HEAD", "/api/items").NotDeclared("OPTIONS, PATCH, POST, PUT"),
        ],
        ["PUT /api/items"] =
        [
            .. JsonBodies("PUT", "/api/items", Pen, "Item item"),
            Json("PUT", "/api/items", "[]").FailsBinding(NotReadable("Item item")),
            Send("DELETE", "/api/items").NotDeclared("OPTIONS, PATCH, POST, PUT"),
        ],
        ["PATCH /api/items"] =
        [
            .. JsonBodies("PATCH", "/api/items", Pen, "Item item"),
        ],
        ["POST /api/notes"] =
        [
            // The body is optional: none, or a JSON null, is a null item.
            Json("POST", "/api/notes", Pen),
            Json("POST", "/api/notes", ""),
            Json("POST", "/api/notes", "null"),
            Json("POST", "/api/notes", Pen, contentType: "text/plain"),
            Json("POST", "/api/notes", Pen, contentType: null).FailsBinding(NotJson("Item? item")),
            Json("POST", "/api/notes", "", contentType: "text/plain"),
            Json("POST", "/api/notes", "{").FailsBinding(NotReadable("Item? item")),
            Json("POST", "/api/notes", Oversize).FailsBinding(TooLarge),
            Send("OPTIONS", "/api/notes").NotDeclared("OPTIONS, POST, PUT"),
            Send("GET", "/api/notes").NotDeclared("OPTIONS, POST, PUT"),
        ],
        ["PUT /api/notes"] =
        [
            .. JsonBodies("PUT", "/api/notes", """[{"displayName":"a","quantity":2},{"displayName":"b","quantity":3}]""",
                "List<Item> items"),
            Json("PUT", "/api/notes", "[]"),
            Json("PUT", "/api/notes", Pen).FailsBinding(NotReadable("List<Item> items")),
        ],
        ["GET,HEAD /api/services"] =
        [
            Get("/api/services"),
            Head("/api/services"),
            Send("OPTIONS", "/api/services").NotDeclared("GET, HEAD, OPTIONS, POST"),
            Send("PUT", "/api/services").NotDeclared("GET, HEAD, OPTIONS, POST"),
        ],
        ["POST /api/services"] =
        [
            // Greeter is a registered service, so it is not read from the body: a body of any kind is ignored.
            Send("POST", "/api/services"),
            Json("POST", "/api/services", Pen),
            Json("POST", "/api/services", "{", contentType: "text/plain"),
        ],
        ["GET,HEAD /api/context"] =
        [
            Get("/api/context"),
            Head("/api/context"),
            Send("OPTIONS", "/api/context").NotDeclared(ReadOnlyAllow),
            Send("POST", "/api/context").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/returns/json"] = ReadOnly("/api/returns/json"),
        ["GET,HEAD /api/returns/object"] = ReadOnly("/api/returns/object"),
        ["GET,HEAD /api/returns/text"] = ReadOnly("/api/returns/text"),
        ["GET,HEAD /api/returns/void"] = ReadOnly("/api/returns/void"),
        ["GET,HEAD /api/returns/task"] = ReadOnly("/api/returns/task"),
        ["GET,HEAD /api/returns/valuetask"] = ReadOnly("/api/returns/valuetask"),
        ["GET,HEAD /api/returns/task-of-t"] = ReadOnly("/api/returns/task-of-t"),
        ["GET,HEAD /api/returns/valuetask-string"] = ReadOnly("/api/returns/valuetask-string"),
        ["GET,HEAD /api/returns/result"] = ReadOnly("/api/returns/result"),
        ["GET,HEAD /api/returns/task-result"] = ReadOnly("/api/returns/task-result"),
        ["GET,HEAD /api/returns/typed-results"] =
        [
            Get("/api/returns/typed-results?found=true"),
            Head("/api/returns/typed-results?found=true"),
            Get("/api/returns/typed-results?found=false"),
            Get("/api/returns/typed-results?found=True"),
            Get("/api/returns/typed-results").FailsBinding(NotProvided("bool found", "query string")),
            Get("/api/returns/typed-results?found=maybe").FailsBinding(NotParsed("bool found", "query string", "maybe")),
            Send("OPTIONS", "/api/returns/typed-results").NotDeclared(ReadOnlyAllow),
            Send("DELETE", "/api/returns/typed-results").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/types/int/{value}"] =
        [
            Get("/api/types/int/21"),
            Head("/api/types/int/21"),
            Get("/api/types/int/%207"),
            Get("/api/types/int/abc").FailsBinding(NotParsed("int value", "route", "abc")),
            Get("/api/types/int/1.5").FailsBinding(NotParsed("int value", "route", "1.5")),
            Send("OPTIONS", "/api/types/int/21").NotDeclared(ReadOnlyAllow),
            Send("PUT", "/api/types/int/21").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/types/string/{value}"] =
        [
            Get("/api/types/string/hello"),
            Head("/api/types/string/hello"),
            Get("/api/types/string/a%20b"),
            Get("/api/types/string/a%2Fb"),
            Send("OPTIONS", "/api/types/string/hello").NotDeclared(ReadOnlyAllow),
            Send("POST", "/api/types/string/hello").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/types/enum/{value}"] =
        [
            Get("/api/types/enum/Red"),
            Head("/api/types/enum/Red"),
            Get("/api/types/enum/1"),
            Get("/api/types/enum/7"),
            Get("/api/types/enum/red").AnsweredAs("/api/types/enum/Red"),
            Get("/api/types/enum/BLUE").AnsweredAs("/api/types/enum/Blue"),
            Get("/api/types/enum/purple").FailsBinding(NotParsed("Color value", "route", "purple")),
            Send("OPTIONS", "/api/types/enum/Red").NotDeclared(ReadOnlyAllow),
            Send("DELETE", "/api/types/enum/Red").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/types/guid/{value}"] =
        [
            Get("/api/types/guid/6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
            Head("/api/types/guid/6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
            Get("/api/types/guid/6f9619ff8b86d011b42d00cf4fc964ff"),
            Get("/api/types/guid/abc").FailsBinding(NotParsed("Guid value", "route", "abc")),
            Send("OPTIONS", "/api/types/guid/6f9619ff8b86d011b42d00cf4fc964ff").NotDeclared(ReadOnlyAllow),
            Send("PATCH", "/api/types/guid/6f9619ff8b86d011b42d00cf4fc964ff").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/odd/{class}"] =
        [
            Get("/api/odd/x?context=c&result=r&event=3&ratio=0.25&price=2.5&separator=%3B&big=7&maybe=8"),
            Head("/api/odd/x?event=3"),
            Get("/api/odd/x"),
            Get("/api/odd/x?ratio=1,5&price=1,5"),
            Get("/api/odd/x?context=&result="),
            Get("/api/odd/x?maybe=").EmptyIsAbsent("/api/odd/x"),
            Get("/api/odd/x?event=").EmptyIsAbsent("/api/odd/x"),
            Get("/api/odd/x?event=abc").FailsBinding(NotParsed("int json", "query string", "abc")),
            Get("/api/odd/x?ratio=abc").FailsBinding(NotParsed("double ratio", "query string", "abc")),
            Get("/api/odd/x?price=abc").FailsBinding(NotParsed("decimal price", "query string", "abc")),
            Get("/api/odd/x?separator=ab").FailsBinding(NotParsed("char separator", "query string", "ab")),
            Get("/api/odd/x?big=abc").FailsBinding(NotParsed("long big", "query string", "abc")),
            Get("/api/odd/x?maybe=abc").FailsBinding(NotParsed("int? maybe", "query string", "abc")),
            Send("OPTIONS", "/api/odd/x").NotDeclared(ReadOnlyAllow),
            Send("PUT", "/api/odd/x").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/users/me"] =
        [
            Get("/api/users/me"),
            Head("/api/users/me"),
            Send("OPTIONS", "/api/users/me").NotDeclared(ReadOnlyAllow),
            // /api/users/[...rest] has a POST, but the path picks this file first.
            Send("POST", "/api/users/me").NotDeclared(ReadOnlyAllow),
        ],
        ["GET /api/ping"] =
        [
            Get("/api/ping"),
            Send("OPTIONS", "/api/ping").NotDeclared(ReadOnlyAllow),
            Send("POST", "/api/ping").NotDeclared(ReadOnlyAllow),
        ],
        ["HEAD /api/ping"] =
        [
            Head("/api/ping"),
        ],
        ["OPTIONS /api/cors"] =
        [
            Send("OPTIONS", "/api/cors"),
            Send("DELETE", "/api/cors").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/validated"] =
        [
            Get("/api/validated?count=3"),
            Head("/api/validated?count=3"),
            // TwinsApp does not call AddValidation(): out of range binds on both sides.
            Get("/api/validated?count=50"),
            Get("/api/validated").FailsBinding(NotProvided("int count", "query string")),
            Get("/api/validated?count=abc").FailsBinding(NotParsed("int count", "query string", "abc")),
            Send("OPTIONS", "/api/validated").NotDeclared("GET, HEAD, OPTIONS, PATCH, POST, PUT"),
            Send("DELETE", "/api/validated").NotDeclared("GET, HEAD, OPTIONS, PATCH, POST, PUT"),
        ],
        ["POST /api/validated"] =
        [
            .. JsonBodies("POST", "/api/validated", """{"name":"pen","quantity":2}""", "Order order"),
            Json("POST", "/api/validated", """{"quantity":50}"""),
        ],
        ["GET,HEAD /api/binders/parsed/{point}"] =
        [
            Get("/api/binders/parsed/3,4?slug=intro&path=1,2&path=5,6"),
            Head("/api/binders/parsed/3,4?slug=intro"),
            Get("/api/binders/parsed/3,4"),
            Get("/api/binders/parsed/3").FailsBinding(NotParsed("Coordinate point", "route", "3")),
            Get("/api/binders/parsed/3,4?slug=Intro").FailsBinding(NotParsed("Slug? slug", "query string", "Intro")),
            Get("/api/binders/parsed/3,4?slug=").EmptyIsAbsent("/api/binders/parsed/3,4"),
            Get("/api/binders/parsed/3,4?path=1,2&path=x").FailsBinding(NotParsed("Coordinate[] path", "query string", "x")),
            Send("OPTIONS", "/api/binders/parsed/3,4").NotDeclared(ReadOnlyAllow),
            Send("POST", "/api/binders/parsed/3,4").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/binders/bound"] =
        [
            Get("/api/binders/bound?page=2&size=5", ("X-Tenant", "acme"), ("X-Region", "eu")),
            Head("/api/binders/bound?page=2", ("X-Tenant", "acme")),
            Get("/api/binders/bound?page=1"),
            Get("/api/binders/bound?size=5").FailsBinding(NotProvided("Paging paging", "Paging.BindAsync(HttpContext)")),
            Send("OPTIONS", "/api/binders/bound").NotDeclared("GET, HEAD, OPTIONS, POST"),
            Send("PATCH", "/api/binders/bound").NotDeclared("GET, HEAD, OPTIONS, POST"),
        ],
        ["POST /api/binders/bound"] =
        [
            .. JsonBodies("POST", "/api/binders/bound", Pen, "Item item")
                .Select(request => request with { Headers = [("X-Tenant", "acme"), ("X-Region", "eu")] }),
            (Json("POST", "/api/binders/bound", Pen) with { Headers = [("X-Tenant", "acme")] })
                .FailsBinding(NotProvided("Region region", "Region.BindAsync(HttpContext, ParameterInfo)")),
            (Json("POST", "/api/binders/bound", Pen) with { Headers = [("X-Region", "eu")] })
                .FailsBinding(NotProvided("Tenant tenant", "Tenant.BindAsync(HttpContext, ParameterInfo)")),
        ],
        ["POST /api/forms/fields"] =
        [
            Form("/api/forms/fields", "name=Bolt&quantity=3&note=zinc&color=Red&sizes=4&sizes=6"),
            Form("/api/forms/fields", "name=Bolt&quantity=3"),
            Form("/api/forms/fields", "name=&quantity=3"),
            Form("/api/forms/fields", "quantity=3").FailsBinding(NotProvided("string name", "form")),
            Form("/api/forms/fields", "name=Bolt&quantity=").FailsBinding(NotProvided("int quantity", "form")),
            Form("/api/forms/fields", "name=Bolt&quantity=many").FailsBinding(NotParsed("int quantity", "form", "many")),
            Form("/api/forms/fields", "name=Bolt&quantity=3&sizes=4&sizes=x")
                .FailsBinding(NotParsed("int[]? sizes", "form", "x")),
            Form("/api/forms/fields", "").FailsBinding(NoBody("string name")),
            (Form("/api/forms/fields", "name=Bolt&quantity=3") with { WithAntiforgery = false })
                .FailsBinding(NoAntiforgery("string name")),
            // Routing answers 415 for a content type the endpoint does not accept, before either handler runs.
            Form("/api/forms/fields", Pen, "application/json"),
            Form("/api/forms/fields", "name=Bolt&quantity=3", null)
                .FailsBinding("Expected a supported form media type but got \"\"."),
            Form("/api/forms/fields", $"name={new string('x', MaxRequestBodySize)}&quantity=1").FailsBinding(TooLarge),
            Send("OPTIONS", "/api/forms/fields").NotDeclared("OPTIONS, POST"),
            Send("GET", "/api/forms/fields").NotDeclared("OPTIONS, POST"),
        ],
        ["POST /api/forms/upload"] =
        [
            Form("/api/forms/upload", Multipart(("title", null, "Guide"), ("document", "guide.txt", "hello")), Boundary),
            Form("/api/forms/upload", Multipart(
                ("title", null, "Guide"), ("document", "guide.txt", "hello"), ("cover", "c.png", "png")), Boundary),
            Form("/api/forms/upload", Multipart(("title", null, "Guide")), Boundary)
                .FailsBinding(NotProvided("IFormFile document", "form")),
            Form("/api/forms/upload", Multipart(("document", "guide.txt", "hello")), Boundary)
                .FailsBinding(NotProvided("string title", "form")),
            Form("/api/forms/upload", "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nGuide", Boundary)
                .FailsBinding("Failed to read parameter \"IFormFile document\" from the request body as form."),
            // multipart/form-data only, as minimal APIs accept a handler that takes files.
            Form("/api/forms/upload", "title=Guide"),
            Send("OPTIONS", "/api/forms/upload").NotDeclared("OPTIONS, POST, PUT"),
            Send("DELETE", "/api/forms/upload").NotDeclared("OPTIONS, POST, PUT"),
        ],
        ["PUT /api/forms/upload"] =
        [
            Form("/api/forms/upload", Multipart(("one", "a.txt", "ab"), ("two", "b.txt", "cde")), Boundary) with { Method = "PUT" },
            Form("/api/forms/upload", Multipart(("title", null, "Guide")), Boundary) with { Method = "PUT" },
        ],
        ["POST /api/forms/raw"] =
        [
            Form("/api/forms/raw", "b=2&a=1&a=3"),
            Form("/api/forms/raw", "").FailsBinding(NoBody("IFormCollection form")),
            Form("/api/forms/raw", Multipart(("a", null, "1")), Boundary),
            (Form("/api/forms/raw", "a=1") with { WithAntiforgery = false }).FailsBinding(NoAntiforgery("IFormCollection form")),
            Send("OPTIONS", "/api/forms/raw").NotDeclared("OPTIONS, POST, PUT"),
        ],
        ["PUT /api/forms/raw"] =
        [
            // [RequireAntiforgeryToken(false)]: no token needed.
            Form("/api/forms/raw", "a=1&b=2") with { Method = "PUT", WithAntiforgery = false },
            Form("/api/forms/raw", Pen, "application/json") with { Method = "PUT", WithAntiforgery = false },
        ],
        ["POST /api/forms/object"] =
        [
            Form("/api/forms/object", "Name=a&Count=2&Done=true&Tags=x&Tags=y"),
            Form("/api/forms/object", "name=a&count=2&done=true&tags=x"),
            Form("/api/forms/object", "Name=a&Count=2&Done=true&Tags[0]=p&Tags[1]=q"),
            Form("/api/forms/object", "Name=a&Count=2&Tags=x").FailsBinding(NoField("Todo todo", "Done")),
            Form("/api/forms/object", "Name=a&Count=2&Done=true").FailsBinding(NoField("Todo todo", "Tags")),
            Form("/api/forms/object", "Name=a&Count=&Done=true&Tags=x").FailsBinding(NotProvided("int Count", "form")),
            Form("/api/forms/object", "Name=a&Count=x&Done=true&Tags=x").FailsBinding(NotParsed("int Count", "form", "x")),
            Form("/api/forms/object", "").FailsBinding(NoBody("Todo todo")),
            Form("/api/forms/object", "Other=1").FormObjectAbsent(NoField("Todo todo", "Name")),
            Form("/api/forms/object", Pen, "application/json"),
        ],
        ["PUT /api/forms/object"] =
        [
            Form("/api/forms/object", "Theme=dark&Volume=3&Levels=2&Levels=4") with { Method = "PUT" },
            (Form("/api/forms/object", "theme=dark") with { Method = "PUT" }).KeepsInitialValues("dark|-|1"),
            (Form("/api/forms/object", "Levels[0]=7&Levels[1]=8") with { Method = "PUT" }).KeepsInitialValues("light|-|7,8"),
            (Form("/api/forms/object", "Theme=&Volume=") with { Method = "PUT" }).KeepsInitialValues("|-|1"),
            (Form("/api/forms/object", "Volume=x") with { Method = "PUT" })
                .FailsBinding(NotParsed("int? Volume", "form", "x")),
            (Form("/api/forms/object", "Other=1") with { Method = "PUT" })
                .FormObjectAbsent(NotProvided("Settings settings", "form")),
        ],
        ["GET,HEAD /api/search/{category}"] =
        [
            Get("/api/search/books?Page=2&sort=title&Size=10&q=dune", ("X-Trace", "t1")),
            Head("/api/search/books?Size=10"),
            Get("/api/search/books?size=10&page=3"),
            Get("/api/search/books?Size=500"),
            Get("/api/search/books").FailsBinding(NotProvided("int Size", "query string")),
            Get("/api/search/books?Size=x").FailsBinding(NotParsed("int Size", "query string", "x")),
            Get("/api/search/books?Size=10&Page=x").FailsBinding(NotParsed("int Page", "query string", "x")),
            Send("OPTIONS", "/api/search/books").NotDeclared("GET, HEAD, OPTIONS, POST"),
            Send("DELETE", "/api/search/books").NotDeclared("GET, HEAD, OPTIONS, POST"),
        ],
        ["POST /api/search/{category}"] =
        [
            .. JsonBodies("POST", "/api/search/books", Pen, "Item Entry"),
            Json("POST", "/api/search/books", Pen) with { Headers = [("X-Count", "3")] },
            (Json("POST", "/api/search/books", Pen) with { Headers = [("X-Count", "x")] })
                .FailsBinding(NotParsed("int Count", "header", "x")),
        ],
        ["POST /api/shapes/created"] =
        [
            .. JsonBodies("POST", "/api/shapes/created", Pen, "Item item"),
            Json("POST", "/api/shapes/created", """{"displayName":"a b","quantity":1}"""),
            Send("GET", "/api/shapes/created").NotDeclared("OPTIONS, POST"),
        ],
        ["POST /api/shapes/optional-body"] =
        [
            Json("POST", "/api/shapes/optional-body", Pen),
            Json("POST", "/api/shapes/optional-body", ""),
            Send("POST", "/api/shapes/optional-body"),
            Json("POST", "/api/shapes/optional-body", "null"),
            Json("POST", "/api/shapes/optional-body", "{").FailsBinding(NotReadable("Item? item")),
            Json("POST", "/api/shapes/optional-body", Pen, contentType: "text/plain"),
        ],
        ["PUT /api/shapes/struct-body"] =
        [
            Json("PUT", "/api/shapes/struct-body", """{"width":3,"height":4}"""),
            Json("PUT", "/api/shapes/struct-body", "{}"),
            Json("PUT", "/api/shapes/struct-body", "").FailsBinding(NotProvided("Size size", "the request body")),
            Json("PUT", "/api/shapes/struct-body", """{"width":"x"}""").FailsBinding(NotReadable("Size size")),
            Json("PUT", "/api/shapes/struct-body", "null").FailsBinding(NotReadable("Size size")),
            Send("OPTIONS", "/api/shapes/struct-body").NotDeclared("OPTIONS, PATCH, PUT"),
        ],
        ["PATCH /api/shapes/struct-body"] =
        [
            Json("PATCH", "/api/shapes/struct-body", """{"width":3,"height":4}"""),
            Json("PATCH", "/api/shapes/struct-body", "").GetsNullBody("none"),
            Json("PATCH", "/api/shapes/struct-body", "null"),
        ],
        ["GET,HEAD /api/shapes/header-array"] =
        [
            Get("/api/shapes/header-array", ("X-Tag", "a"), ("X-Tag", "b"), ("X-Id", "1"), ("X-Id", "2")),
            Head("/api/shapes/header-array", ("X-Tag", "a")),
            Get("/api/shapes/header-array"),
            Get("/api/shapes/header-array", ("X-Id", "1, 2")),
            Get("/api/shapes/header-array", ("X-Id", "x")).FailsBinding(NotParsed("int[] ids", "header", "x")),
            Send("POST", "/api/shapes/header-array").NotDeclared(ReadOnlyAllow),
        ],
        ["GET,HEAD /api/shapes/query-array"] =
        [
            Get("/api/shapes/query-array?ids=1&ids=2&names=a&names=b&weights=0.5&weights=1.5"),
            Head("/api/shapes/query-array?ids=1"),
            Get("/api/shapes/query-array"),
            Get("/api/shapes/query-array?ids=1,2").FailsBinding(NotParsed("int[] ids", "query string", "1,2")),
            Get("/api/shapes/query-array?ids=1&ids=x").FailsBinding(NotParsed("int[] ids", "query string", "x")),
            Get("/api/shapes/query-array?names="),
        ],
        ["GET,HEAD /api/shapes/dates/{day}"] =
        [
            Get("/api/shapes/dates/2024-02-29?since=2024-01-01T00:00:00Z&within=01:30:00&at=13:45"),
            Head("/api/shapes/dates/2024-02-29"),
            Get("/api/shapes/dates/2024-02-29"),
            Get("/api/shapes/dates/2024-02-30").FailsBinding(NotParsed("DateOnly day", "route", "2024-02-30")),
            Get("/api/shapes/dates/2024-02-29?since=yesterday")
                .FailsBinding(NotParsed("DateTimeOffset? since", "query string", "yesterday")),
            Get("/api/shapes/dates/2024-02-29?at=25:00").FailsBinding(NotParsed("TimeOnly? at", "query string", "25:00")),
        ],
        ["GET,HEAD /api/shapes/numbers"] =
        [
            Get("/api/shapes/numbers?price=9.99&ratio=0.25&big=9007199254740993&flag=true&small=255&id=0f8fad5b-d9cb-469f-a165-70867728950e"),
            Head("/api/shapes/numbers?price=1"),
            Get("/api/shapes/numbers?price=1e3").FailsBinding(NotParsed("decimal price", "query string", "1e3")),
            // Parsed with the invariant culture, whose thousands separator is the comma: 15, on both.
            Get("/api/shapes/numbers?price=1,5"),
            Get("/api/shapes/numbers?price=1&small=256").FailsBinding(NotParsed("byte small", "query string", "256")),
            Get("/api/shapes/numbers?price=1&flag=1").FailsBinding(NotParsed("bool flag", "query string", "1")),
            Get("/api/shapes/numbers?price=1&id=nope").FailsBinding(NotParsed("Guid? id", "query string", "nope")),
            Get("/api/shapes/numbers").FailsBinding(NotProvided("decimal price", "query string")),
        ],
        ["GET,HEAD /api/shapes/renamed/{key}"] =
        [
            Get("/api/shapes/renamed/k1?q=find"),
            Head("/api/shapes/renamed/k1"),
            Get("/api/shapes/renamed/k1?search=ignored"),
            Get("/api/shapes/renamed/%20"),
        ],
        ["POST /api/shapes/stream"] =
        [
            Json("POST", "/api/shapes/stream", "anything at all", contentType: "text/plain"),
            Send("POST", "/api/shapes/stream"),
            Json("POST", "/api/shapes/stream", Oversize, contentType: null),
            Send("GET", "/api/shapes/stream").NotDeclared("OPTIONS, POST, PUT"),
        ],
        ["PUT /api/shapes/stream"] =
        [
            Json("PUT", "/api/shapes/stream", "piped text", contentType: "application/octet-stream"),
            Send("PUT", "/api/shapes/stream"),
        ],
        ["DELETE /api/shapes/no-content"] =
        [
            Send("DELETE", "/api/shapes/no-content"),
            Send("GET", "/api/shapes/no-content").NotDeclared("DELETE, OPTIONS, POST"),
        ],
        ["POST /api/shapes/no-content"] =
        [
            Send("POST", "/api/shapes/no-content"),
            Send("POST", "/api/shapes/no-content?mode=later"),
            Send("POST", "/api/shapes/no-content?mode=odd"),
        ],
        ["GET,HEAD /api/shapes/union"] =
        [
            Get("/api/shapes/union?pick=0"),
            Get("/api/shapes/union?pick=1"),
            Get("/api/shapes/union?pick=2"),
            Get("/api/shapes/union?pick=3"),
            Head("/api/shapes/union?pick=2"),
            Get("/api/shapes/union").FailsBinding(NotProvided("int pick", "query string")),
        ],
        ["GET,HEAD /api/shapes/file-result"] =
        [
            Get("/api/shapes/file-result"),
            Get("/api/shapes/file-result?text=true"),
            Head("/api/shapes/file-result"),
            Get("/api/shapes/file-result?text=maybe").FailsBinding(NotParsed("bool text", "query string", "maybe")),
        ],
    };

    private const string Boundary = "multipart/form-data; boundary=b";

    /// <summary>A form post from the app's own page: with its antiforgery token.</summary>
    private static TwinRequest Form(string path, string body, string? contentType = "application/x-www-form-urlencoded") =>
        new("POST", path) { Body = body, ContentType = contentType, WithAntiforgery = true };

    /// <summary>A multipart body (boundary <c>b</c>) of fields (no file name) and files.</summary>
    private static string Multipart(params (string Name, string? FileName, string Content)[] parts) =>
        string.Concat(parts.Select(part =>
            $"--b\r\nContent-Disposition: form-data; name=\"{part.Name}\""
            + (part.FileName is null ? "" : $"; filename=\"{part.FileName}\"\r\nContent-Type: text/plain")
            + $"\r\n\r\n{part.Content}\r\n"))
        + "--b--\r\n";

    private static string NoField(string parameter, string field) =>
        $"Failed to bind parameter \"{parameter}\" from form: no value for \"{field}\".";

    private static string NoBody(string parameter) =>
        $"Unexpected request without body, failed to bind parameter \"{parameter}\" from the request body.";

    private static string NoAntiforgery(string parameter) =>
        $"Invalid anti-forgery token found when reading parameter \"{parameter}\" from the request body as form.";

    /// <summary>A valid <see cref="Models.Item"/> body over <see cref="MaxRequestBodySize"/>.</summary>
    private static string Oversize => $$"""{"displayName":"{{new string('x', MaxRequestBodySize)}}","quantity":1}""";

    /// <summary>Kestrel's message for a body over <see cref="MaxRequestBodySize"/>.</summary>
    private static string TooLarge => $"Request body too large. The max request body size is {MaxRequestBodySize} bytes.";

    private static TwinRequest Get(string path, params (string Name, string Value)[] headers) =>
        new("GET", path) { Headers = headers };

    private static TwinRequest Head(string path, params (string Name, string Value)[] headers) =>
        new("HEAD", path) { Headers = headers };

    private static TwinRequest Send(string method, string path) => new(method, path);

    private static TwinRequest Json(string method, string path, string body, string? contentType = "application/json") =>
        new(method, path) { Body = body, ContentType = contentType };

    /// <summary>A required JSON body: valid, then each way it can fail to bind.</summary>
    private static TwinRequest[] JsonBodies(string method, string path, string valid, string parameter) =>
    [
        Json(method, path, valid),
        // Not a binding failure: routing answers 415 for a content type the endpoint does not accept (its
        // IAcceptsMetadata) before either handler runs.
        Json(method, path, valid, contentType: "text/plain"),
        Json(method, path, valid, contentType: null).FailsBinding(NotJson(parameter)),
        Json(method, path, "").FailsBinding(NotProvided(parameter, "the request body")),
        Json(method, path, "{").FailsBinding(NotReadable(parameter)),
        Json(method, path, "null").FailsBinding(NotProvided(parameter, "the request body")),
        Json(method, path, Oversize).FailsBinding(TooLarge),
    ];

    /// <summary>A handler without parameters: GET and HEAD, and the methods its route file does not declare.</summary>
    private static TwinRequest[] ReadOnly(string path) =>
    [
        Get(path),
        Head(path),
        Send("OPTIONS", path).NotDeclared(ReadOnlyAllow),
        Send("POST", path).NotDeclared(ReadOnlyAllow),
        Send("TRACE", path).NotDeclared(ReadOnlyAllow),
    ];

    private static string NotProvided(string parameter, string source) =>
        $"Required parameter \"{parameter}\" was not provided from {source}.";

    private static string NotParsed(string parameter, string source, string text) =>
        $"Failed to bind parameter \"{parameter}\" from {source} value \"{text}\".";

    private static string NotJson(string parameter) =>
        $"Parameter \"{parameter}\" is read from a JSON body; send it with Content-Type: application/json.";

    private static string NotReadable(string parameter) =>
        $"Failed to read parameter \"{parameter}\" from the request body as JSON.";
}
