using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Clerk.Generators.Emitting.Layout
{
    /// <summary>
    /// Writes C# as a careful person lays it out: four-space indents, nothing on blank lines, and statements kept
    /// within <see cref="LineLength"/> columns by letting each <see cref="Expression"/> wrap itself.
    /// </summary>
    internal sealed class CSharpWriter
    {
        public const int LineLength = 120;

        private const int IndentSize = 4;

        private readonly StringWriter text = new StringWriter();
        private readonly IndentedTextWriter writer;

        public CSharpWriter() => writer = new IndentedTextWriter(text, new string(' ', IndentSize));

        public int Indent
        {
            get => writer.Indent;
            set => writer.Indent = value;
        }

        /// <summary>Whether <paramref name="line"/> fits on one line at the current indentation.</summary>
        public bool Fits(string line) => writer.Indent * IndentSize + line.Length <= LineLength;

        public void Line(string line) => writer.WriteLine(line);

        public void BlankLine() => writer.WriteLineNoTabs("");

        /// <summary><c>{before}{expression}{after}</c>: on one line when it fits, else wrapped.</summary>
        public void Write(Expression expression, string before = "", string after = ";") =>
            expression.Write(this, before, after);

        public void Open()
        {
            writer.WriteLine("{");
            writer.Indent++;
        }

        public void Close(string after = "")
        {
            writer.Indent--;
            writer.WriteLine("}" + after);
        }

        /// <summary>An XML doc summary: on one line when it fits, else its words wrapped between the tags.</summary>
        public void Summary(string summary)
        {
            if (Fits($"/// <summary>{summary}</summary>"))
            {
                Line($"/// <summary>{summary}</summary>");
                return;
            }
            Line("/// <summary>");
            var line = "///";
            foreach (var word in summary.Split(' '))
            {
                if (line != "///" && !Fits(line + " " + word))
                {
                    Line(line);
                    line = "///";
                }
                line += " " + word;
            }
            Line(line);
            Line("/// </summary>");
        }

        public override string ToString() => text.ToString();

        /// <summary>The items joined for one line, <c>a, b, c</c>; null when one of them never fits on one.</summary>
        internal static string? Join(IEnumerable<Expression> items)
        {
            var inline = items.Select(item => item.Inline).ToList();
            return inline.Any(item => item is null) ? null : string.Join(", ", inline);
        }
    }
}
