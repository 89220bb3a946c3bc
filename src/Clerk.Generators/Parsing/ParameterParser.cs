using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Reads one handler parameter: its declared source, the shape of its type and whether it may be missing. Where it
    /// binds from when no attribute says so is decided later, once the route's URL is known.
    /// </summary>
    internal static class ParameterParser
    {
        private static readonly SymbolDisplayFormat DisplayFormat = SymbolDisplayFormat.MinimallyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>
        /// Whether the type, or a part of it (element, type argument), did not resolve. The compiler already reports
        /// that (CS0246 with its "missing using?" hint); a second error saying the parameter cannot be bound would
        /// point the user at the wrong fix.
        /// </summary>
        public static bool IsUnresolved(ITypeSymbol type) => type switch
        {
            { TypeKind: TypeKind.Error } => true,
            IArrayTypeSymbol array => IsUnresolved(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(IsUnresolved),
            _ => false,
        };

        /// <summary>The parameter's model, or the reason it cannot be bound. Only for a type that resolved.</summary>
        public static (ParameterInfo? Parameter, string? Unsupported) Parse(IParameterSymbol parameter, KnownTypes known) =>
            Parse(BindingTarget.Of(parameter), known, isMember: false);

        /// <summary>A handler parameter, or a member of an <c>[AsParameters]</c> type (<paramref name="isMember"/>).</summary>
        public static (ParameterInfo? Parameter, string? Unsupported) Parse(BindingTarget parameter, KnownTypes known, bool isMember)
        {
            var type = parameter.Type;
            if (parameter.RefKind != RefKind.None)
            {
                return (null, "ref, out and in parameters cannot be bound from a request; take it by value");
            }
            if (type.TypeKind == TypeKind.Pointer || type.TypeKind == TypeKind.FunctionPointer || type.IsRefLikeType
                || type.TypeKind == TypeKind.Dynamic)
            {
                return (null, $"'{type.ToDisplayString()}' cannot be bound from a request; take a string or a JSON model instead");
            }
            var (source, key, unsupported) = DeclaredSource(parameter.Attributes, known);
            if (unsupported is not null)
            {
                return (null, unsupported);
            }
            if (source == ParameterSource.AsParameters)
            {
                return isMember
                    ? (null, "[AsParameters] cannot be nested; list the members in the outer type")
                    : AsParametersParser.Parse(parameter, known);
            }
            // As minimal APIs bind them: the form's files and the form itself need no [FromForm].
            var form = source == ParameterSource.Form ? FormPart.Value : FormPart.None;
            foreach (var (formType, part) in known.FormTypes)
            {
                if (KnownTypes.Is(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), formType)
                    && (source == ParameterSource.Inferred || source == ParameterSource.Form))
                {
                    source = ParameterSource.Form;
                    form = part;
                }
            }

            var special = SpecialKind.None;
            if (KnownTypes.Is(type, known.Auth))
            {
                source = ParameterSource.Auth;
            }
            else if (source == ParameterSource.Inferred && KnownTypes.Is(type, known.ClerkClient))
            {
                // Always a service: on POST it would otherwise compete with the real body ("which one is the JSON?").
                source = ParameterSource.Services;
            }
            foreach (var candidate in known.Special)
            {
                if (KnownTypes.Is(type, candidate.Type))
                {
                    special = candidate.Kind;
                    source = ParameterSource.Special;
                }
            }

            var nullableValue = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper
                ? wrapper.TypeArguments[0]
                : null;
            var valueType = nullableValue ?? type;

            // As minimal APIs decide: an attribute or a well-known type first, then the type's own BindAsync.
            var (bindAsync, bindsNullableStruct, badBindAsync) = source == ParameterSource.Inferred
                ? BindingMethods.BindAsync(valueType, known)
                : (BindAsyncKind.None, false, null);
            if (badBindAsync is not null)
            {
                return (null, badBindAsync);
            }
            if (bindAsync != BindAsyncKind.None)
            {
                source = ParameterSource.BindAsync;
            }
            var (shape, parser, parsedType) = Shape(valueType, known);

            if ((source == ParameterSource.Query || source == ParameterSource.Header)
                && shape != ValueShape.Simple && shape != ValueShape.SimpleArray && shape != ValueShape.StringArray)
            {
                return (null, $"a {(source == ParameterSource.Query ? "query" : "header")} value must be a string, an IParsable<T> type, an enum, or an array of them");
            }
            if (form == FormPart.Value && shape == ValueShape.Complex && !isMember)
            {
                return key is not null
                    ? (null, "a [FromForm] type binds from its members' own field names; remove Name")
                    : AsParametersParser.Parse(parameter, known, fromForm: true);
            }
            if (form == FormPart.Value
                && shape != ValueShape.Simple && shape != ValueShape.SimpleArray && shape != ValueShape.StringArray)
            {
                return (null, "a [FromForm] value must be a string, an IParsable<T> type, an enum, an array of them, "
                    + "or a type whose members are (a type within a [FromForm] type is not bound yet: take IFormCollection)");
            }

            if (isMember && bindAsync != BindAsyncKind.None && bindAsync != BindAsyncKind.Context)
            {
                return (null, "a member of an [AsParameters] type can bind itself only with BindAsync(HttpContext)");
            }

            var isOptional = parameter.HasDefaultValue
                || nullableValue is not null
                || (type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);
            var defaultValue = parameter.HasDefaultValue ? ConstantReader.Read(parameter.DefaultValue, type) : null;

            return (new ParameterInfo
            {
                Name = parameter.Name,
                Type = TypeNames.Of(type),
                Display = $"{type.ToDisplayString(DisplayFormat)} {parameter.Name}",
                Source = source,
                Key = key ?? parameter.Name,
                Shape = shape,
                Parser = parser,
                ValueType = TypeNames.Of(parsedType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                IsParsedValueType = parsedType.IsValueType,
                IsValueType = type.IsValueType,
                IsNullableValueType = nullableValue is not null,
                IsOptional = isOptional,
                DefaultValue = defaultValue,
                Special = special,
                Form = form,
                BindAsync = bindAsync,
                BindsNullableStruct = bindsNullableStruct,
                Providers = ProvidersOf(type, known),
                Location = parameter.Location,
            }, null);
        }

        private static MetadataProviders ProvidersOf(ITypeSymbol type, KnownTypes known) =>
            (KnownTypes.Provides(type, known.ParameterMetadataProvider) ? MetadataProviders.Parameter : MetadataProviders.None)
            | (KnownTypes.Provides(type, known.EndpointMetadataProvider) ? MetadataProviders.Endpoint : MetadataProviders.None);

        private static (ParameterSource Source, string? Key, string? Unsupported) DeclaredSource(
            IEnumerable<AttributeData> attributes, KnownTypes known)
        {
            foreach (var attribute in attributes)
            {
                var type = attribute.AttributeClass;
                if (type is null)
                {
                    continue;
                }
                if (KnownTypes.Is(type, known.AsParameters))
                {
                    return (ParameterSource.AsParameters, null, null);
                }
                if (KnownTypes.Is(type, known.FromKeyedServices))
                {
                    return (default, null, "keyed services are not supported; take IServiceProvider and call GetRequiredKeyedService");
                }
                var name = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Name").Value.Value as string;
                if (KnownTypes.Implements(type, known.FromForm)) return (ParameterSource.Form, name, null);
                if (KnownTypes.Implements(type, known.FromRoute)) return (ParameterSource.Route, name, null);
                if (KnownTypes.Implements(type, known.FromQuery)) return (ParameterSource.Query, name, null);
                if (KnownTypes.Implements(type, known.FromHeader)) return (ParameterSource.Header, name, null);
                if (KnownTypes.Implements(type, known.FromBody)) return (ParameterSource.Body, null, null);
                if (KnownTypes.Implements(type, known.FromServices)) return (ParameterSource.Services, null, null);
            }
            return (ParameterSource.Inferred, null, null);
        }

        /// <summary>The shape of a (non-nullable) type, how it is parsed, and the type the parser yields.</summary>
        private static (ValueShape Shape, ParserKind Parser, ITypeSymbol Parsed) Shape(ITypeSymbol type, KnownTypes known)
        {
            var parser = SimpleParser(type, known);
            if (parser != ParserKind.None)
            {
                return (ValueShape.Simple, parser, type);
            }
            if (type is IArrayTypeSymbol { Rank: 1 } array)
            {
                var element = array.ElementType;
                var elementParser = SimpleParser(element, known);
                if (elementParser != ParserKind.None)
                {
                    var shape = element.SpecialType == SpecialType.System_String ? ValueShape.StringArray : ValueShape.SimpleArray;
                    return (shape, elementParser, element);
                }
            }
            var isAbstract = type.TypeKind == TypeKind.Interface || (type.IsAbstract && type.TypeKind == TypeKind.Class);
            return (isAbstract ? ValueShape.Abstract : ValueShape.Complex, ParserKind.None, type);
        }

        private static ParserKind SimpleParser(ITypeSymbol type, KnownTypes known)
        {
            if (type.SpecialType == SpecialType.System_String)
            {
                return ParserKind.String;
            }
            if (type.TypeKind == TypeKind.Enum)
            {
                return ParserKind.Enum;
            }
            var parsable = type.AllInterfaces.Any(i =>
                KnownTypes.Is(i, known.Parsable) && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));
            return parsable ? ParserKind.Parsable : BindingMethods.TryParse(type, known);
        }
    }
}
