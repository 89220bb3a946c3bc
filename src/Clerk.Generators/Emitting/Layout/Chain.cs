using System.Collections.Generic;
using System.Linq;

namespace Clerk.Generators.Emitting.Layout
{
    /// <summary>
    /// Links written one after the other, <c>a.B().C()</c> or <c>a | b | c</c>, which wrap with each link after the
    /// first on a line of its own, one indent deeper, led by its separator (<c>.C()</c>, <c>| c</c>).
    /// </summary>
    internal sealed class Chain : Expression
    {
        private readonly string separator;
        private readonly string lineLead;
        private readonly IReadOnlyList<Expression> links;

        private Chain(string separator, string lineLead, IEnumerable<Expression> links)
        {
            this.separator = separator;
            this.lineLead = lineLead;
            this.links = links.ToList();
        }

        /// <summary>A fluent chain: <c>receiver.First(...).Second(...)</c>.</summary>
        public static Chain Calls(string receiver, IEnumerable<Invocation> calls) =>
            new Chain(".", ".", calls.Select((call, index) =>
                index == 0 ? new Prefixed(receiver + ".", call) : (Expression)call));

        /// <summary>Calls on what an expression gives: <c>head(...).First(...).Second(...)</c>.</summary>
        public static Chain Calls(Expression head, IEnumerable<Invocation> calls) =>
            new Chain(".", ".", new[] { head }.Concat(calls));

        /// <summary>Operands joined by one binary operator: <c>a | b | c</c>.</summary>
        public static Chain Operation(string symbol, IEnumerable<Expression> operands) =>
            new Chain($" {symbol} ", symbol + " ", operands);

        public override string? Inline
        {
            get
            {
                var inline = links.Select(link => link.Inline).ToList();
                return inline.Any(link => link is null) ? null : string.Join(separator, inline);
            }
        }

        protected override void WriteWrapped(CSharpWriter writer, string before, string after)
        {
            links[0].Write(writer, before, links.Count == 1 ? after : "");
            writer.Indent++;
            for (var index = 1; index < links.Count; index++)
            {
                links[index].Write(writer, lineLead, index == links.Count - 1 ? after : "");
            }
            writer.Indent--;
        }
    }
}
