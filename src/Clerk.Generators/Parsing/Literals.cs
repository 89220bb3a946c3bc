using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clerk.Generators.Parsing
{
    /// <summary>Writes compile-time constants (parameter defaults, attribute arguments) back as C# expressions.</summary>
    internal static class Literals
    {
        public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

        public static string Constant(TypedConstant constant)
        {
            switch (constant.Kind)
            {
                case TypedConstantKind.Array:
                    var element = ((IArrayTypeSymbol)constant.Type!).ElementType;
                    return constant.IsNull
                        ? $"({TypeName(constant.Type!)})null"
                        : $"new {TypeName(element)}[] {{ {string.Join(", ", constant.Values.Select(Constant))} }}";
                case TypedConstantKind.Type:
                    return constant.Value is ITypeSymbol type ? $"typeof({TypeName(type)})" : "null";
                default:
                    return Value(constant.Value, constant.Type);
            }
        }

        public static string Value(object? value, ITypeSymbol? type)
        {
            if (value is null)
            {
                return type is { IsValueType: true } ? "default" : "null";
            }
            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                return EnumValue(value, enumType);
            }
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return Value(value, nullable.TypeArguments[0]);
            }
            switch (value)
            {
                case string text: return SymbolDisplay.FormatLiteral(text, quote: true);
                case char character: return SymbolDisplay.FormatLiteral(character, quote: true);
                case bool flag: return flag ? "true" : "false";
                case float single: return float.IsNaN(single) || float.IsInfinity(single) ? FloatingPoint(single, "float", "F") : single.ToString("R", CultureInfo.InvariantCulture) + "F";
                case double number: return FloatingPoint(number, "double", "D");
                case decimal money: return money.ToString(CultureInfo.InvariantCulture) + "M";
                case long big: return big.ToString(CultureInfo.InvariantCulture) + "L";
                case ulong big: return big.ToString(CultureInfo.InvariantCulture) + "UL";
                case uint small: return small.ToString(CultureInfo.InvariantCulture) + "U";
                case int number: return number.ToString(CultureInfo.InvariantCulture);
                case IFormattable other: return $"({TypeName(type!)}){other.ToString(null, CultureInfo.InvariantCulture)}";
                default: return value.ToString() ?? "default";
            }
        }

        private static string EnumValue(object value, INamedTypeSymbol enumType)
        {
            var name = TypeName(enumType);
            var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue).ToList();
            var exact = members.FirstOrDefault(field => Equals(field.ConstantValue, value));
            if (exact is not null)
            {
                return $"{name}.{exact.Name}";
            }
            // A [Flags] combination reads better as the members it combines: TokenTypes.SessionToken | TokenTypes.ApiKey.
            var bits = ToBits(value);
            var parts = members
                .Where(field => ToBits(field.ConstantValue!) != 0 && (bits & ToBits(field.ConstantValue!)) == ToBits(field.ConstantValue!))
                .OrderByDescending(field => ToBits(field.ConstantValue!))
                .ToList();
            var chosen = new System.Collections.Generic.List<IFieldSymbol>();
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
            if (remaining == 0 && chosen.Count > 0 && enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute"))
            {
                return string.Join(" | ", chosen.OrderBy(field => ToBits(field.ConstantValue!)).Select(field => $"{name}.{field.Name}"));
            }
            return $"({name})({Convert.ToString(value, CultureInfo.InvariantCulture)})";
        }

        private static ulong ToBits(object value) => unchecked((ulong)Convert.ToInt64(value, CultureInfo.InvariantCulture));

        private static string FloatingPoint(double value, string keyword, string suffix)
        {
            if (double.IsNaN(value)) return $"{keyword}.NaN";
            if (double.IsPositiveInfinity(value)) return $"{keyword}.PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return $"{keyword}.NegativeInfinity";
            return value.ToString("R", CultureInfo.InvariantCulture) + suffix;
        }
    }
}
