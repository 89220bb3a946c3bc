namespace Clerk.Generators.Emitting.Layout
{
    /// <summary>
    /// An expression behind a fixed prefix that never breaks from it: a named argument (<c>required: true</c>) or an
    /// initializer's member (<c>Role = "org:admin"</c>).
    /// </summary>
    internal sealed class Prefixed : Expression
    {
        private readonly string prefix;
        private readonly Expression value;

        public Prefixed(string prefix, Expression value)
        {
            this.prefix = prefix;
            this.value = value;
        }

        public override string? Inline => value.Inline is { } inline ? prefix + inline : null;

        protected override void WriteWrapped(CSharpWriter writer, string before, string after) =>
            value.Write(writer, before + prefix, after);
    }
}
