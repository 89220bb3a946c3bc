namespace Clerk.Generators.Models
{
    /// <summary>Which of ASP.NET Core's metadata-provider interfaces a parameter's type implements.</summary>
    [System.Flags]
    internal enum MetadataProviders
    {
        None = 0,
        /// <summary><c>IEndpointParameterMetadataProvider</c>: it describes itself as a parameter.</summary>
        Parameter = 1,
        /// <summary><c>IEndpointMetadataProvider</c>: it describes the endpoint.</summary>
        Endpoint = 2,
    }
}
