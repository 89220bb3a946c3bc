namespace Mistakes.App.Api.Account.Cart;

// CLERK005, with (shop)/cart.
public static class Route
{
    public static string POST() => "account cart";
}
