namespace Mistakes.App.Api.Widgets;

// CLERK001: the handler is an instance method.
public sealed class Route
{
    public string GET() => "widgets";
}
