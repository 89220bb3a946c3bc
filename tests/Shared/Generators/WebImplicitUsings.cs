namespace Clerk.Shared.Generators;

/// <summary>
/// What a web project's implicit usings bring in (Microsoft.NET.Sdk.Web), as a source file for compilations built by
/// hand: the generator tests' projects and the generator benchmark's synthetic projects (linked into both).
/// </summary>
internal static class WebImplicitUsings
{
    public const string Source = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    /// <summary>
    /// The same with the using that Clerk.Runtime's buildTransitive props add (<c>&lt;Using Include="Clerk" /&gt;</c>),
    /// as the SDK writes them: what a web project with the package has.
    /// </summary>
    public const string WithClerkRuntime = Source + "\nglobal using global::Clerk;";
}
