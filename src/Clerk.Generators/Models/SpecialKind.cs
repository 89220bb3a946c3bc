namespace Clerk.Generators.Models
{
    /// <summary>A well-known type a handler takes straight from the request (<see cref="ParameterSource.Special"/>).</summary>
    internal enum SpecialKind
    {
        /// <summary>Not a special parameter.</summary>
        None,
        HttpContext,
        HttpRequest,
        HttpResponse,
        /// <summary>The request's abort token.</summary>
        CancellationToken,
        /// <summary>The request's user.</summary>
        ClaimsPrincipal,
        /// <summary>The request body as a stream.</summary>
        Stream,
        /// <summary>The request body as a pipe.</summary>
        PipeReader,
        /// <summary>A Clerk webhook event, its signature verified before the handler runs.</summary>
        WebhookEvent,
    }
}
