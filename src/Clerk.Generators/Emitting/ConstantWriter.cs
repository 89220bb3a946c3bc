using System;
using System.Globalization;
using System.Linq;
using Clerk.Generators.Emitting.Layout;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis.CSharp;

namespace Clerk.Generators.Emitting
{
    /// <summary>Writes a <see cref="ConstantInfo"/> as the C# expression that spells it.</summary>
    internal static class ConstantWriter
    {
        public static Expression Write(ConstantInfo constant)
        {
            switch (constant.Kind)
            {
                case ConstantKind.Default: return "default";
                case ConstantKind.NullArray: return $"({constant.Type})null";
                case ConstantKind.Array when constant.Elements.Count == 0: return $"new {constant.Type}[0]";
                case ConstantKind.Array: return new BracedList($"new {constant.Type}[]", constant.Elements.Select(Write));
                case ConstantKind.TypeOf: return $"typeof({constant.Type})";
                case ConstantKind.Enum:
                    return constant.Members.Count > 0
                        ? Chain.Operation("|", constant.Members.Select(member => (Expression)$"{constant.Type}.{member}"))
                        : $"({constant.Type})({constant.Value})";
                case ConstantKind.Primitive: return Primitive(constant.Value!, constant.Type);
                default: return "null";
            }
        }

        private static string Primitive(object value, string type)
        {
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
                case IFormattable other: return $"({type}){other.ToString(null, CultureInfo.InvariantCulture)}";
                default: return value.ToString() ?? "default";
            }
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
