using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>Reads compile-time constants (parameter defaults, attribute arguments) into <see cref="ConstantInfo"/>.</summary>
    internal static class ConstantReader
    {
        public static ConstantInfo Read(TypedConstant constant)
        {
            switch (constant.Kind)
            {
                case TypedConstantKind.Array:
                    if (constant.IsNull)
                    {
                        return new ConstantInfo { Kind = ConstantKind.NullArray, Type = TypeNames.Of(constant.Type!) };
                    }
                    return new ConstantInfo
                    {
                        Kind = ConstantKind.Array,
                        Type = TypeNames.Of(((IArrayTypeSymbol)constant.Type!).ElementType),
                        Elements = constant.Values.Select(Read).ToEquatableArray(),
                    };
                case TypedConstantKind.Type:
                    return constant.Value is ITypeSymbol type
                        ? new ConstantInfo { Kind = ConstantKind.TypeOf, Type = TypeNames.Of(type) }
                        : ConstantInfo.Null;
                default:
                    return Read(constant.Value, constant.Type);
            }
        }

        public static ConstantInfo Read(object? value, ITypeSymbol? type)
        {
            if (value is null)
            {
                return type is { IsValueType: true } ? ConstantInfo.Default : ConstantInfo.Null;
            }
            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                return EnumValue(value, enumType);
            }
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return Read(value, nullable.TypeArguments[0]);
            }
            return new ConstantInfo { Kind = ConstantKind.Primitive, Type = type is null ? "" : TypeNames.Of(type), Value = value };
        }

        private static ConstantInfo EnumValue(object value, INamedTypeSymbol enumType)
        {
            var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue).ToList();
            var exact = members.FirstOrDefault(field => Equals(field.ConstantValue, value));
            var spelled = exact is not null ? new List<IFieldSymbol> { exact } : FlagsMembers(value, enumType, members);
            return new ConstantInfo
            {
                Kind = ConstantKind.Enum,
                Type = TypeNames.Of(enumType),
                Value = spelled is null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null,
                Members = (spelled ?? new List<IFieldSymbol>()).Select(field => field.Name).ToEquatableArray(),
            };
        }

        /// <summary>
        /// The members of a <c>[Flags]</c> enum that combine to <paramref name="value"/>, which reads better than its
        /// number (<c>TokenTypes.SessionToken | TokenTypes.ApiKey</c>); null when they do not.
        /// </summary>
        private static List<IFieldSymbol>? FlagsMembers(object value, INamedTypeSymbol enumType, List<IFieldSymbol> members)
        {
            var bits = ToBits(value);
            var parts = members
                .Where(field => ToBits(field.ConstantValue!) != 0 && (bits & ToBits(field.ConstantValue!)) == ToBits(field.ConstantValue!))
                .OrderByDescending(field => ToBits(field.ConstantValue!))
                .ToList();
            var chosen = new List<IFieldSymbol>();
            var remaining = bits;
            foreach (var part in parts)
            {
                var partBits = ToBits(part.ConstantValue!);
                if ((remaining & partBits) == partBits)
                {
                    chosen.Add(part);
                    remaining &= ~partBits;
                }
            }
            var isFlags = enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
            return remaining == 0 && chosen.Count > 0 && isFlags
                ? chosen.OrderBy(field => ToBits(field.ConstantValue!)).ToList()
                : null;
        }

        private static ulong ToBits(object value) => unchecked((ulong)Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }
}
