namespace Clerk.Generators.Models
{
    /// <summary>How a type binds itself from the request, as minimal APIs call it (<see cref="ParameterSource.BindAsync"/>).</summary>
    internal enum BindAsyncKind
    {
        /// <summary>It does not.</summary>
        None,
        /// <summary>A public static <c>BindAsync(HttpContext)</c>.</summary>
        Context,
        /// <summary>A public static <c>BindAsync(HttpContext, ParameterInfo)</c>.</summary>
        ContextAndParameter,
        /// <summary><c>IBindableFromHttpContext&lt;T&gt;</c>, whose <c>BindAsync</c> may be implemented explicitly.</summary>
        Interface,
    }
}
