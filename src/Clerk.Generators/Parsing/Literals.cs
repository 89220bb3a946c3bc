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
            var member = enumType.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(field => field.HasConstantValue && Equals(field.ConstantValue, value));
            return member is not null
                ? $"{TypeName(enumType)}.{member.Name}"
                : $"({TypeName(enumType)})({Convert.ToString(value, CultureInfo.InvariantCulture)})";
        }

        private static string FloatingPoint(double value, string keyword, string suffix)
        {
            if (double.IsNaN(value)) return $"{keyword}.NaN";
            if (double.IsPositiveInfinity(value)) return $"{keyword}.PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return $"{keyword}.NegativeInfinity";
            return value.ToString("R", CultureInfo.InvariantCulture) + suffix;
        }
    }
}
