using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

// The validation API is marked experimental in .NET 10; AddValidation() is built on it.
#pragma warning disable ASP0029

namespace Clerk.Endpoints;

/// <summary>
/// Describes to <c>AddValidation()</c> the types route files take. The SDK's validations generator describes the
/// types of the Map calls it sees in user code, and it sees none of ours (dotnet/aspnetcore#69303), so a body type
/// only route files take would go unchecked; the generator finds the same types and members it would and registers
/// them here when the routes are mapped.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RouteFileValidation
{
    /// <summary>
    /// Registers <typeparamref name="T"/> and the <paramref name="members"/> validation checks, behind any
    /// description the app already has of it (the SDK's generated one comes first).
    /// </summary>
    public static void Type<[DynamicallyAccessedMembers(Described)] T>(
        IEndpointRouteBuilder endpoints, params ValidatedProperty[] members)
    {
        if (endpoints.ServiceProvider.GetService<IOptions<ValidationOptions>>()?.Value is not { } options)
        {
            return;
        }
        var resolver = options.Resolvers.OfType<RouteFileTypes>().FirstOrDefault();
        if (resolver is null)
        {
            resolver = new RouteFileTypes();
            options.Resolvers.Add(resolver);
        }
        resolver.Add(typeof(T), new RouteFileType(typeof(T),
            [.. members.Select(member => new RouteFileProperty(typeof(T), member.Type, member.Name, member.DisplayName))]));
    }

    /// <summary>What the validation descriptions read of a type by reflection, kept by the trimmer for it.</summary>
    internal const DynamicallyAccessedMemberTypes Described = DynamicallyAccessedMemberTypes.PublicProperties
        | DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.Interfaces;

    private sealed class RouteFileTypes : IValidatableInfoResolver
    {
        private readonly Dictionary<Type, IValidatableInfo> types = [];

        public void Add(Type type, IValidatableInfo info) => types.TryAdd(type, info);

        public bool TryGetValidatableTypeInfo(Type type, [NotNullWhen(true)] out IValidatableInfo? validatableInfo) =>
            types.TryGetValue(type, out validatableInfo);

        // Parameters are described by AddValidation()'s own runtime resolver.
        public bool TryGetValidatableParameterInfo(ParameterInfo parameterInfo, [NotNullWhen(true)] out IValidatableInfo? validatableInfo)
        {
            validatableInfo = null;
            return false;
        }
    }

    private sealed class RouteFileType : ValidatableTypeInfo
    {
        [DynamicallyAccessedMembers(Described)]
        private readonly Type type;

        public RouteFileType([DynamicallyAccessedMembers(Described)] Type type, ValidatablePropertyInfo[] members)
            : base(type, members) =>
            this.type = type;

        protected override ValidationAttribute[] GetValidationAttributes() =>
            [.. type.GetCustomAttributes<ValidationAttribute>(inherit: true)];
    }

    /// <summary>A property's attributes, with those of the constructor parameter a record passes it as.</summary>
    private sealed class RouteFileProperty : ValidatablePropertyInfo
    {
        [DynamicallyAccessedMembers(Described)]
        private readonly Type declaringType;
        private readonly string name;
        private ValidationAttribute[]? attributes;

        public RouteFileProperty(
            [DynamicallyAccessedMembers(Described)] Type declaringType, Type propertyType, string name, string displayName)
            : base(declaringType, propertyType, name, displayName)
        {
            this.declaringType = declaringType;
            this.name = name;
        }

        protected override ValidationAttribute[] GetValidationAttributes() => attributes ??= Read();

        private ValidationAttribute[] Read()
        {
            var own = declaringType.GetProperty(name)?.GetCustomAttributes<ValidationAttribute>(inherit: true) ?? [];
            var passed = declaringType.GetConstructors()
                .Select(constructor => constructor.GetParameters()
                    .FirstOrDefault(parameter => string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(parameter => parameter is not null)
                ?.GetCustomAttributes<ValidationAttribute>(inherit: true) ?? [];
            return [.. own, .. passed];
        }
    }
}

/// <summary>A property of a route file's type that validation checks: its type, name and display name.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValidatedProperty(Type type, string name, string displayName)
{
    /// <summary>The property's type.</summary>
    public Type Type { get; } = type;

    /// <summary>The property's name.</summary>
    public string Name { get; } = name;

    /// <summary>What validation messages call it.</summary>
    public string DisplayName { get; } = displayName;
}
