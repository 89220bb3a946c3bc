namespace Clerk.Generators.Models
{
    /// <summary>One handler parameter, as the parser read it.</summary>
    internal sealed record ParameterInfo
    {
        /// <summary>The parameter name.</summary>
        public string Name { get; init; } = "";

        /// <summary>Its type, fully qualified, with nullable annotation.</summary>
        public string Type { get; init; } = "";

        /// <summary>How it is named in a problem response, as minimal APIs name it: <c>int id</c>.</summary>
        public string Display { get; init; } = "";

        /// <summary>Where it comes from, if an attribute said so (or it is a well-known type).</summary>
        public ParameterSource Source { get; init; }

        /// <summary>No attribute said where it comes from: its source was inferred from its type and the URL.</summary>
        public bool IsInferred { get; init; }

        /// <summary>The route value, query key or header to read (the attribute's <c>Name</c>, else the name).</summary>
        public string Key { get; init; } = "";

        /// <summary>What kind of value it is.</summary>
        public ValueShape Shape { get; init; }

        /// <summary>How a simple shape is read from text.</summary>
        public ParserKind Parser { get; init; }

        /// <summary>The type the parser produces: the element of an array, the T of a <c>T?</c>.</summary>
        public string ValueType { get; init; } = "";

        /// <summary><see cref="ValueType"/> is a struct: what its parser writes is never null-forgiven.</summary>
        public bool IsParsedValueType { get; init; }

        /// <summary>A struct, or a <c>T?</c> of one: never null-forgiven.</summary>
        public bool IsValueType { get; init; }

        /// <summary>A <c>T?</c> of a struct.</summary>
        public bool IsNullableValueType { get; init; }

        /// <summary>Nullable or with a default: a missing value is not an error.</summary>
        public bool IsOptional { get; init; }

        /// <summary>The declared default, or null when there is none.</summary>
        public ConstantInfo? DefaultValue { get; init; }

        /// <summary>For <see cref="ParameterSource.Special"/>, which part of the request it is.</summary>
        public SpecialKind Special { get; init; }

        /// <summary>For <see cref="ParameterSource.Form"/>, which part of the form.</summary>
        public FormPart Form { get; init; }

        /// <summary>For <see cref="ParameterSource.BindAsync"/>, which <c>BindAsync</c> is called.</summary>
        public BindAsyncKind BindAsync { get; init; }

        /// <summary>A struct's <c>BindAsync</c> answers <c>ValueTask&lt;T?&gt;</c>, so it can say "not provided".</summary>
        public bool BindsNullableStruct { get; init; }

        /// <summary>
        /// For <see cref="ParameterSource.AsParameters"/>, the members bound as parameters, in their order: the
        /// constructor's arguments first, then the properties set after it.
        /// </summary>
        public EquatableArray<ParameterInfo> Members { get; init; }

        /// <summary>A member of an <c>[AsParameters]</c> type passed to its constructor (else set as a property).</summary>
        public bool IsConstructorArgument { get; init; }

        /// <summary>The metadata-provider interfaces its type implements, which add endpoint metadata.</summary>
        public MetadataProviders Providers { get; init; }

        /// <summary>The parameter, for diagnostics found once the URL is known.</summary>
        public LocationInfo? Location { get; init; }
    }
}
