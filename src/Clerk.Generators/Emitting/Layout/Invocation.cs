using System;
using System.Collections.Generic;
using System.Linq;

namespace Clerk.Generators.Emitting.Layout
{
    /// <summary>
    /// <c>name&lt;T&gt;(a, b)</c>, which wraps one argument per line, one indent deeper. A lambda as the last argument
    /// stays on the call's line when the rest fits there, its block one indent deeper, as in
    /// <c>MapMethods(..., context =&gt;</c>. A call too long for the line of an assignment moves to the next line
    /// (<c>var json =</c>, then the call); one still too long there breaks after <c>&lt;</c>, its type argument on the
    /// next line.
    /// </summary>
    internal sealed class Invocation : Expression
    {
        private readonly string name;
        private readonly string? typeArgument;
        private readonly IReadOnlyList<Expression> arguments;

        public Invocation(string name, params Expression[] arguments)
            : this(name, null, arguments)
        {
        }

        public Invocation(string name, IEnumerable<Expression> arguments)
            : this(name, null, arguments.ToArray())
        {
        }

        private Invocation(string name, string? typeArgument, IReadOnlyList<Expression> arguments)
        {
            this.name = name;
            this.typeArgument = typeArgument;
            this.arguments = arguments;
        }

        /// <summary>A call of a generic method with one type argument: <c>name&lt;T&gt;(arguments)</c>.</summary>
        public static Invocation Generic(string name, string typeArgument, params Expression[] arguments) =>
            new Invocation(name, typeArgument, arguments);

        public static Invocation Generic(string name, string typeArgument, IEnumerable<Expression> arguments) =>
            new Invocation(name, typeArgument, arguments.ToArray());

        private string Head => typeArgument is null ? name : $"{name}<{typeArgument}>";

        public override string? Inline => CSharpWriter.Join(arguments) is { } joined ? $"{Head}({joined})" : null;

        protected override void WriteWrapped(CSharpWriter writer, string before, string after)
        {
            if (!writer.Fits(before + Head + "("))
            {
                var assignment = before.LastIndexOf("= ", StringComparison.Ordinal);
                if (assignment >= 0)
                {
                    writer.Line(before.Substring(0, assignment + 1));
                    writer.Indent++;
                    Write(writer, before.Substring(assignment + 2), after);
                    writer.Indent--;
                    return;
                }
                if (typeArgument is not null)
                {
                    writer.Line($"{before}{name}<");
                    writer.Indent++;
                    new Invocation(typeArgument + ">", arguments).Write(writer, "", after);
                    writer.Indent--;
                    return;
                }
            }
            if (arguments.Count > 0 && arguments[arguments.Count - 1] is Lambda lambda
                && CSharpWriter.Join(arguments.Take(arguments.Count - 1)) is { } leading)
            {
                var opening = $"{before}{Head}({leading}{(leading.Length > 0 ? ", " : "")}";
                if (writer.Fits(opening + lambda.Header))
                {
                    lambda.WriteHugged(writer, opening, ")" + after);
                    return;
                }
            }
            if (arguments.Count == 0)
            {
                // Nothing to break between the parentheses: the line stays long rather than lose the call.
                writer.Line(before + Head + "()" + after);
                return;
            }
            writer.Line(before + Head + "(");
            writer.Indent++;
            for (var index = 0; index < arguments.Count; index++)
            {
                arguments[index].Write(writer, "", index < arguments.Count - 1 ? "," : ")" + after);
            }
            writer.Indent--;
        }
    }
}
