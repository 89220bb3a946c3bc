namespace Clerk.Generators.Tests.Endpoints.App.Api.Types.IntValue;

// /api/types/int/{value}: an IParsable<int> route value; doubled so the test sees it was parsed.
public static class Route
{
    public static int GET(int value) => value * 2;
}
