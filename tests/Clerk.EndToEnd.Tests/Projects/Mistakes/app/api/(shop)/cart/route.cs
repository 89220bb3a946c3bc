namespace Mistakes.App.Api.Shop.Cart;

// CLERK005, with (account)/cart: route groups drop out of the URL, so both files are /api/cart.
public static class Route
{
    public static string GET() => "shop cart";
}
