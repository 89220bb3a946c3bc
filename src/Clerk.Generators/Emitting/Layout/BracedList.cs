using System.Collections.Generic;
using System.Linq;

namespace Clerk.Generators.Emitting.Layout
{
    /// <summary>
    /// <c>head { a, b }</c>: an array's elements or an object initializer's members, which wrap into a block with one
    /// item per line, each followed by a comma. Without items it is the head alone (<c>new T()</c>, <c>new int[0]</c>).
    /// </summary>
    internal sealed class BracedList : Expression
    {
        private readonly Expression head;
        private readonly IReadOnlyList<Expression> items;

        public BracedList(Expression head, IEnumerable<Expression> items)
        {
            this.head = head;
            this.items = items.ToList();
        }

        public override string? Inline
        {
            get
            {
                if (items.Count == 0)
                {
                    return head.Inline;
                }
                return head.Inline is { } inline && CSharpWriter.Join(items) is { } joined
                    ? $"{inline} {{ {joined} }}"
                    : null;
            }
        }

        protected override void WriteWrapped(CSharpWriter writer, string before, string after)
        {
            if (items.Count == 0)
            {
                head.Write(writer, before, after);
                return;
            }
            head.Write(writer, before, "");
            writer.Open();
            foreach (var item in items)
            {
                item.Write(writer, "", ",");
            }
            writer.Close(after);
        }
    }
}
