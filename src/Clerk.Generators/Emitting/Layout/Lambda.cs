using System;

namespace Clerk.Generators.Emitting.Layout
{
    /// <summary>A lambda with a block body (<c>async context =&gt; { ... }</c>): never on one line.</summary>
    internal sealed class Lambda : Expression
    {
        private readonly Action<CSharpWriter> writeBody;

        public Lambda(string header, Action<CSharpWriter> writeBody)
        {
            Header = header;
            this.writeBody = writeBody;
        }

        /// <summary>What comes before the block: <c>async context =&gt;</c>.</summary>
        public string Header { get; }

        public override string? Inline => null;

        /// <summary>
        /// As the last argument of a call that keeps its other arguments on its line: the header ends that line and
        /// the block goes one indent deeper than the call.
        /// </summary>
        public void WriteHugged(CSharpWriter writer, string before, string after)
        {
            writer.Line(before + Header);
            writer.Indent++;
            WriteBlock(writer, after);
            writer.Indent--;
        }

        protected override void WriteWrapped(CSharpWriter writer, string before, string after)
        {
            writer.Line(before + Header);
            WriteBlock(writer, after);
        }

        private void WriteBlock(CSharpWriter writer, string after)
        {
            writer.Open();
            writeBody(writer);
            writer.Close(after);
        }
    }
}
