using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>
/// Parameters named like C# keywords or like the generated code's own locals (<c>context</c>, <c>result</c>,
/// <c>json</c>), and constant defaults of several types: the generated binding must keep them apart.
/// </summary>
public sealed class ParameterNameAndDefaultTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    [Fact]
    public async Task Defaults_of_every_constant_type_apply_when_values_are_absent()
    {
        var body = await (await app.Client.GetAsync("/api/odd/x")).ReadAsync();

        Assert.Equal("x,-,-,0,0.5,1.5,9223372036854775807,5", body);
    }

    [Fact]
    public async Task Keyword_and_clashing_names_bind_their_own_values()
    {
        var body = await (await app.Client.GetAsync(
            "/api/odd/first?context=c&result=r&event=7&ratio=2.25&price=9.99&separator=;&big=1&maybe=")).ReadAsync();

        Assert.Equal("first;c;r;7;2.25;9.99;1;5", body);
    }
}
