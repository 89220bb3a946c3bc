using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk.Endpoints;

/// <summary>
/// The metadata a generated endpoint infers from its handler's signature, added the way ASP.NET Core's
/// RequestDelegateGenerator adds it for the same method: binding metadata per parameter, what the body accepts,
/// what the return type produces, and what <see cref="IEndpointMetadataProvider"/> and
/// <see cref="IEndpointParameterMetadataProvider"/> types add. The generator knows the types at compile time, so
/// each call is a plain generic call; only the handler's <see cref="ParameterInfo"/>s come from reflection, as
/// they do for minimal APIs.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class HandlerMetadata
{
    // What Member<T> reads of an [AsParameters] type, kept by the trimmer for it.
    private const DynamicallyAccessedMemberTypes BoundMembers =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicConstructors;

    private static readonly string[] Json = ["application/json"];
    private static readonly string[] Text = ["text/plain"];
    private static readonly string[] Form = ["multipart/form-data", "application/x-www-form-urlencoded"];
    private static readonly string[] FormFiles = ["multipart/form-data"];

    private readonly MethodInfo method;
    private readonly EndpointBuilder builder;
    private readonly ParameterInfo[] parameters;

    internal HandlerMetadata(MethodInfo method, EndpointBuilder builder)
    {
        this.method = method;
        this.builder = builder;
        parameters = method.GetParameters();
    }

    /// <summary>Describes how the parameter at <paramref name="position"/> is bound.</summary>
    public HandlerMetadata Parameter(int position, bool tryParse = false, bool bindAsync = false, bool optional = false)
    {
        builder.Metadata.Add(new ParameterBinding(parameters[position], tryParse, bindAsync, optional));
        return this;
    }

    /// <summary>
    /// Describes how the property <paramref name="property"/> of the <c>[AsParameters]</c> type
    /// <typeparamref name="T"/> (the parameter at <paramref name="position"/>) is bound, as a parameter of its own.
    /// </summary>
    public HandlerMetadata Member<[DynamicallyAccessedMembers(BoundMembers)] T>(
        int position, string property, bool tryParse = false, bool bindAsync = false, bool optional = false)
    {
        _ = position;
        var info = typeof(T).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"'{typeof(T).Name}' has no public property '{property}'.");
        // The constructor parameter it is passed as, if any: minimal APIs read its attributes and default too.
        var argument = typeof(T).GetConstructors()
            .SelectMany(constructor => constructor.GetParameters())
            .FirstOrDefault(candidate => string.Equals(candidate.Name, property, StringComparison.OrdinalIgnoreCase)
                && candidate.ParameterType == info.PropertyType);
        builder.Metadata.Add(new ParameterBinding(new PropertyParameter(info, argument), tryParse, bindAsync, optional));
        return this;
    }

    /// <summary>What a parameter type that implements <see cref="IEndpointParameterMetadataProvider"/> adds.</summary>
    public HandlerMetadata FromParameter<T>(int position) where T : IEndpointParameterMetadataProvider
    {
        T.PopulateMetadata(parameters[position], builder);
        return this;
    }

    /// <summary>What a parameter or return type that implements <see cref="IEndpointMetadataProvider"/> adds.</summary>
    public HandlerMetadata FromType<T>() where T : IEndpointMetadataProvider
    {
        T.PopulateMetadata(method, builder);
        return this;
    }

    /// <summary>The handler reads a JSON body of <typeparamref name="T"/>.</summary>
    public HandlerMetadata AcceptsJson<T>(bool optional)
    {
        builder.Metadata.Add(new AcceptsMetadata(Json, typeof(T), optional));
        return this;
    }

    /// <summary>
    /// An unannotated complex parameter: a JSON body unless <typeparamref name="T"/> is a registered service (as
    /// <see cref="InferredBody"/> decides).
    /// </summary>
    public HandlerMetadata AcceptsJsonUnlessService<T>(bool optional)
    {
        var isService = builder.ApplicationServices.GetService<IServiceProviderIsService>()?.IsService(typeof(T));
        return isService == true ? this : AcceptsJson<T>(optional);
    }

    /// <summary>
    /// The handler reads a form (with files when <paramref name="files"/>), its first form parameter of type
    /// <typeparamref name="T"/>: antiforgery validation is required unless the handler turns it off
    /// (<c>[RequireAntiforgeryToken(false)]</c> or <c>DisableAntiforgery()</c>, which come after this), and the body
    /// accepts a form, as minimal APIs infer both. <paramref name="accepts"/> is false on a [Protected] handler, as for
    /// a JSON body.
    /// </summary>
    public HandlerMetadata AcceptsForm<T>(bool files, bool accepts = true)
    {
        builder.Metadata.Add(FormAntiforgery.Required);
        if (accepts)
        {
            builder.Metadata.Add(new AcceptsMetadata(files ? FormFiles : Form, typeof(T)));
        }
        return this;
    }

    /// <summary>The handler takes a <see cref="ClerkWebhookEvent"/>: UseClerk()'s protection must not cover it.</summary>
    public HandlerMetadata ReceivesWebhooks()
    {
        builder.Metadata.Add(WebhookReceiver.Instance);
        return this;
    }

    /// <summary>The handler answers 200 with <typeparamref name="T"/> as JSON.</summary>
    public HandlerMetadata ProducesJson<T>()
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), Json));
        return this;
    }

    /// <summary>The handler answers 200 with a string as text.</summary>
    public HandlerMetadata ProducesText()
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), Text));
        return this;
    }

    /// <summary>Adds metadata that is neither inferred nor an attribute of the method (the route class's attributes).</summary>
    public HandlerMetadata Add(params object[] items)
    {
        foreach (var item in items)
        {
            builder.Metadata.Add(item);
        }
        return this;
    }
}

/// <summary>
/// "Validate the antiforgery token" for an endpoint that reads a form, as minimal APIs require it (their own
/// instance is internal to ASP.NET Core).
/// </summary>
internal sealed class FormAntiforgery : IAntiforgeryMetadata
{
    public static readonly FormAntiforgery Required = new();

    private FormAntiforgery()
    {
    }

    public bool RequiresValidation => true;
}

/// <summary>Marks an endpoint whose handler receives Clerk's webhooks, which carry a signature and no session.</summary>
internal sealed class WebhookReceiver
{
    public static readonly WebhookReceiver Instance = new();

    private WebhookReceiver()
    {
    }
}
