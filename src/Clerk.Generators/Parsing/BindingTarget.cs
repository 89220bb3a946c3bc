using System.Collections.Immutable;
using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// What is bound from the request: a handler parameter, or a member of an <c>[AsParameters]</c> type (its property,
    /// with the attributes and default of the constructor parameter it is passed as, as minimal APIs read it).
    /// </summary>
    internal sealed class BindingTarget
    {
        private BindingTarget(string name, ITypeSymbol type, RefKind refKind, ImmutableArray<AttributeData> attributes,
            bool hasDefaultValue, object? defaultValue, LocationInfo? location)
        {
            Name = name;
            Type = type;
            RefKind = refKind;
            Attributes = attributes;
            HasDefaultValue = hasDefaultValue;
            DefaultValue = defaultValue;
            Location = location;
        }

        public string Name { get; }

        public ITypeSymbol Type { get; }

        public RefKind RefKind { get; }

        public ImmutableArray<AttributeData> Attributes { get; }

        public bool HasDefaultValue { get; }

        public object? DefaultValue { get; }

        public LocationInfo? Location { get; }

        public static BindingTarget Of(IParameterSymbol parameter) =>
            new BindingTarget(parameter.Name, parameter.Type, parameter.RefKind, parameter.GetAttributes(),
                parameter.HasExplicitDefaultValue, parameter.HasExplicitDefaultValue ? parameter.ExplicitDefaultValue : null,
                LocationInfo.From(parameter.Locations.FirstOrDefault()));

        /// <summary>
        /// A property of an <c>[AsParameters]</c> type, passed as <paramref name="argument"/> to its constructor or
        /// set; reported at <paramref name="location"/> (the handler's parameter).
        /// </summary>
        public static BindingTarget Of(IPropertySymbol property, IParameterSymbol? argument, LocationInfo? location) =>
            new BindingTarget(property.Name, property.Type, RefKind.None,
                argument is null ? property.GetAttributes() : property.GetAttributes().AddRange(argument.GetAttributes()),
                argument?.HasExplicitDefaultValue == true, argument?.HasExplicitDefaultValue == true ? argument.ExplicitDefaultValue : null,
                location);
    }
}
