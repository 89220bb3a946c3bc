using System.Net.Http.Headers;
using System.Text;
using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>
/// Form fields, uploaded files and the whole form, bound as minimal APIs bind them: the form read once, after the
/// antiforgery check (<c>AddAntiforgery()</c>; <c>[RequireAntiforgeryToken(false)]</c> opts out), and refused as they refuse it.
/// </summary>
public sealed class FormBindingTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task Form_fields_bind_by_name_parsed_defaulted_and_repeated()
    {
        var response = await PostAsync("/api/forms/fields", Fields(
            ("name", "Bolt"), ("quantity", "3"), ("note", "zinc"), ("color", "Red"), ("sizes", "4"), ("sizes", "6")));

        Assert.Equal("Bolt x3 zinc Red [4 6]", await response.ReadAsync());
    }

    [Fact]
    public async Task Absent_optional_form_fields_take_null_or_their_default()
    {
        var response = await PostAsync("/api/forms/fields", Fields(("name", "Bolt"), ("quantity", "3")));

        Assert.Equal("Bolt x3 - Green []", await response.ReadAsync());
    }

    [Theory]
    [InlineData("quantity=3", "Required parameter \"string name\" was not provided from form.")]
    [InlineData("name=Bolt", "Required parameter \"int quantity\" was not provided from form.")]
    [InlineData("name=Bolt&quantity=many", "Failed to bind parameter \"int quantity\" from form value \"many\".")]
    [InlineData("name=Bolt&quantity=3&sizes=4&sizes=x", "Failed to bind parameter \"int[]? sizes\" from form value \"x\".")]
    public async Task Missing_or_unparsable_form_field_is_400_naming_the_parameter(string form, string detail)
    {
        var fields = form.Split('&').Select(pair => pair.Split('=')).Select(pair => (pair[0], pair[1])).ToArray();

        var response = await PostAsync("/api/forms/fields", Fields(fields));

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(detail, (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task Uploaded_files_bind_by_name_beside_a_field()
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("Guide"), "title" },
            { File("hello"), "document", "guide.txt" },
        };

        var response = await PostAsync("/api/forms/upload", form);

        Assert.Equal("Guide: guide.txt (hello) cover -", await response.ReadAsync());
    }

    [Fact]
    public async Task A_required_file_that_is_absent_is_400()
    {
        var form = new MultipartFormDataContent { { new StringContent("Guide"), "title" }, { File("x"), "cover", "c.png" } };

        var response = await PostAsync("/api/forms/upload", form);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Required parameter \"IFormFile document\" was not provided from form.",
            (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task IFormFileCollection_takes_every_file()
    {
        var form = new MultipartFormDataContent { { File("ab"), "one", "a.txt" }, { File("cde"), "two", "b.txt" } };

        var response = await SendAsync(HttpMethod.Put, "/api/forms/upload", form, antiforgery: true);

        Assert.Equal("one=a.txt:2, two=b.txt:3", await response.ReadAsync());
    }

    [Fact]
    public async Task IFormCollection_takes_the_whole_form()
    {
        var response = await PostAsync("/api/forms/raw", Fields(("b", "2"), ("a", "1")));

        // The antiforgery field is part of the form, as it is for a minimal API.
        Assert.StartsWith("__RequestVerificationToken=", await response.ReadAsync());
    }

    [Fact]
    public async Task A_form_without_a_valid_antiforgery_token_is_400_before_it_is_bound()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/forms/fields",
            Fields(("name", "Bolt"), ("quantity", "3")), antiforgery: false);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Invalid anti-forgery token found when reading parameter \"string name\" from the request body as form.",
            (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task RequireAntiforgeryToken_false_on_the_handler_turns_the_check_off()
    {
        var response = await SendAsync(HttpMethod.Put, "/api/forms/raw", Fields(("a", "1")), antiforgery: false);

        Assert.Equal("1 fields", await response.ReadAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_415()
    {
        var response = await SendAsync(HttpMethod.Put, "/api/forms/raw",
            new StringContent("{}", Encoding.UTF8, "application/json"), antiforgery: false);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_form_that_does_not_read_is_400()
    {
        var broken = new StringContent("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1", Encoding.UTF8);
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var response = await SendAsync(HttpMethod.Put, "/api/forms/raw", broken, antiforgery: false);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Failed to read parameter \"IFormCollection form\" from the request body as form.",
            (await Problem.ReadAsync(response)).Detail);
    }

    [Theory]
    [InlineData("Name=a&Count=2&Done=true&Tags=x&Tags=y", "a|2|True|x,y")]
    [InlineData("name=a&count=2&done=false&tags[0]=p&tags[1]=q", "a|2|False|p,q")]
    public async Task A_record_from_the_form_takes_each_constructor_parameter_from_its_field(string form, string answer)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/forms/object", Encoded(form), antiforgery: false);

        Assert.Equal(answer, await response.ReadAsync());
    }

    [Theory]
    [InlineData("Name=a&Count=2&Tags=x", "Failed to bind parameter \"Todo todo\" from form: no value for \"Done\".")]
    [InlineData("Name=a&Count=x&Done=true&Tags=x", "Failed to bind parameter \"int Count\" from form value \"x\".")]
    public async Task A_record_with_a_field_missing_or_unparsable_is_400(string form, string detail)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/forms/object", Encoded(form), antiforgery: false);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(detail, (await Problem.ReadAsync(response)).Detail);
    }

    [Theory]
    [InlineData("Theme=dark&Volume=3&Levels=2&Levels=4", "dark|3|2,4")]
    [InlineData("volume=5", "light|5|1")]
    public async Task Settable_properties_the_form_leaves_out_keep_their_initial_values(string form, string answer)
    {
        var response = await SendAsync(HttpMethod.Put, "/api/forms/object", Encoded(form), antiforgery: false);

        Assert.Equal(answer, await response.ReadAsync());
    }

    [Fact]
    public async Task A_form_with_none_of_the_types_fields_is_400()
    {
        var response = await SendAsync(HttpMethod.Put, "/api/forms/object", Encoded("other=1"), antiforgery: false);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Required parameter \"Settings settings\" was not provided from form.",
            (await Problem.ReadAsync(response)).Detail);
    }

    private static StringContent Encoded(string form) =>
        new(form, Encoding.UTF8, "application/x-www-form-urlencoded");

    private static FormUrlEncodedContent Fields(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));

    private static ByteArrayContent File(string text) => new(Encoding.UTF8.GetBytes(text));

    private Task<HttpResponseMessage> PostAsync(string path, HttpContent form) =>
        SendAsync(HttpMethod.Post, path, form, antiforgery: true);

    /// <summary>Sends the form, with a valid antiforgery cookie and field when asked.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent form, bool antiforgery)
    {
        var request = new HttpRequestMessage(method, path);
        if (antiforgery)
        {
            var tokens = app.AntiforgeryTokens();
            request.Headers.Add("Cookie", tokens.Cookie);
            var field = new KeyValuePair<string, string>(tokens.FieldName, tokens.Token);
            form = form switch
            {
                FormUrlEncodedContent fields => new FormUrlEncodedContent(
                    new[] { field }.Concat(await ReadFieldsAsync(fields))),
                MultipartFormDataContent parts => WithField(parts, field),
                _ => form,
            };
        }
        request.Content = form;
        return await client.SendAsync(request);
    }

    private static async Task<IEnumerable<KeyValuePair<string, string>>> ReadFieldsAsync(FormUrlEncodedContent fields) =>
        (await fields.ReadAsStringAsync()).Split('&').Select(pair => pair.Split('='))
            .Select(pair => new KeyValuePair<string, string>(Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])));

    private static MultipartFormDataContent WithField(MultipartFormDataContent parts, KeyValuePair<string, string> field)
    {
        parts.Add(new StringContent(field.Value), field.Key);
        return parts;
    }
}
