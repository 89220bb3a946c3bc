namespace Clerk.Generators.Emitting.Layout
{
    /// <summary>
    /// A C# expression that knows its one-line form and how to break itself over lines when that form does not fit.
    /// Plain text converts to one that never breaks.
    /// </summary>
    internal abstract class Expression
    {
        /// <summary>The expression on one line; null when it always takes several (a lambda with a block).</summary>
        public abstract string? Inline { get; }

        /// <summary>Writes <c>{before}{this}{after}</c>: on one line when it fits, else wrapped.</summary>
        public void Write(CSharpWriter writer, string before, string after)
        {
            if (Inline is { } inline && writer.Fits(before + inline + after))
            {
                writer.Line(before + inline + after);
                return;
            }
            WriteWrapped(writer, before, after);
        }

        /// <summary>Writes the expression over several lines, the first one after <paramref name="before"/>.</summary>
        protected abstract void WriteWrapped(CSharpWriter writer, string before, string after);

        public static implicit operator Expression(string code) => new Code(code);

        /// <summary>Code that has no place to break: an identifier, a literal, a short call.</summary>
        private sealed class Code : Expression
        {
            private readonly string code;

            public Code(string code) => this.code = code;

            public override string Inline => code;

            protected override void WriteWrapped(CSharpWriter writer, string before, string after) =>
                writer.Line(before + code + after);
        }
    }
}
