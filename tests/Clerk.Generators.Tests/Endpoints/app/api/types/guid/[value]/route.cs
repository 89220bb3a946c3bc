namespace Clerk.Generators.Tests.Endpoints.App.Api.Types.GuidValue;

// /api/types/guid/{value}: a Guid route value, echoed in another format so the test sees it was parsed.
public static class Route
{
    public static string GET(Guid value) => value.ToString("N");
}
